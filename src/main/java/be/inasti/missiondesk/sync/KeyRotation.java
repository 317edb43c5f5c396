package be.inasti.missiondesk.sync;

import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.DAMAGED;

import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.domain.sync.Site;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The manifest's optional field {@code keyRotation}: the source's new public keys (X.509, Base64), announced in a
 * batch signed with its previous key, the one the destination trusts. The destination registers them as it applies
 * the batch, and from then on accepts the source's batches signed with the new key only. Absent from every other
 * batch, so a manifest without it reads as before.
 */
record KeyRotation(String signingKey, String agreementKey) {

    static KeyRotation of(Site site) {
        Base64.Encoder b64 = Base64.getEncoder();
        return new KeyRotation(b64.encodeToString(site.signingKey()), b64.encodeToString(site.agreementKey()));
    }

    /** The source as it is known from now on; keys that are no Ed25519 and X25519 keys make the batch damaged. */
    Site applyTo(Site source) {
        try {
            return withKeys(source.id(), source.office(), source.role(), signingKey, agreementKey);
        } catch (IllegalArgumentException | NullPointerException | GeneralSecurityException e) {
            throw new BatchRefused(DAMAGED, "batch.badKeyRotation", source.id());
        }
    }

    /** A site with keys given in Base64, checked to decode as an Ed25519 and an X25519 public key. */
    static Site withKeys(String id, String office, String role, String signingKey, String agreementKey)
            throws GeneralSecurityException {
        byte[] signing = Base64.getDecoder().decode(signingKey);
        byte[] agreement = Base64.getDecoder().decode(agreementKey);
        BatchCrypto.publicKey(BatchCrypto.SIGNING, signing);
        BatchCrypto.publicKey(BatchCrypto.AGREEMENT, agreement);
        return new Site(id, office, role, signing, agreement);
    }
}
