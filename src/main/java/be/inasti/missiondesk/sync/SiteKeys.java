package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.domain.sync.Site;
import be.inasti.missiondesk.store.KeyRing;
import java.security.KeyPair;

/**
 * A site's two new key pairs, made by the JDK: Ed25519 to sign the batches it sends, X25519 to open those sent to
 * it. The public halves are its identity; the private halves (PKCS#8) go to the key file beside the database
 * ({@code store.KeyFile}), never into the database.
 */
public final class SiteKeys {
    private final KeyPair signing = BatchCrypto.newKeyPair(BatchCrypto.SIGNING);
    private final KeyPair agreement = BatchCrypto.newKeyPair(BatchCrypto.AGREEMENT);

    /** The site known by these keys. */
    public Site site(String id, String office, String role) {
        return new Site(id, office, role, signing.getPublic().getEncoded(), agreement.getPublic().getEncoded());
    }

    public KeyRing.KeyPairs pairs() {
        return new KeyRing.KeyPairs(signing.getPublic().getEncoded(), signing.getPrivate().getEncoded(),
                agreement.getPublic().getEncoded(), agreement.getPrivate().getEncoded());
    }
}
