package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.domain.sync.Site;
import java.security.KeyPair;

/**
 * A new site's two key pairs, made by the JDK: Ed25519 to sign the batches it sends, X25519 to open those sent to
 * it. The public halves are its identity; the private halves (PKCS#8) go to the database and never leave it.
 */
public final class SiteKeys {
    private final KeyPair signing = BatchCrypto.newKeyPair(BatchCrypto.SIGNING);
    private final KeyPair agreement = BatchCrypto.newKeyPair(BatchCrypto.AGREEMENT);

    /** The site known by these keys. */
    public Site site(String id, String office, String role) {
        return new Site(id, office, role, signing.getPublic().getEncoded(), agreement.getPublic().getEncoded());
    }

    public byte[] signingPrivate() {
        return signing.getPrivate().getEncoded();
    }

    public byte[] agreementPrivate() {
        return agreement.getPrivate().getEncoded();
    }
}
