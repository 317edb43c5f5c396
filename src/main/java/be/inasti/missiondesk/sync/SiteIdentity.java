package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.sync.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

/** A site's public identity as a file (JSON): what another installation registers. No private key, ever. */
record SiteIdentity(String format, String id, String office, String role, String signingKey, String agreementKey) {
    static final String FORMAT = "missiondesk-site/1";

    static SiteIdentity of(Site site) {
        Base64.Encoder b64 = Base64.getEncoder();
        return new SiteIdentity(FORMAT, site.id(), site.office(), site.role(), b64.encodeToString(site.signingKey()),
                b64.encodeToString(site.agreementKey()));
    }

    void write(Path file) throws IOException {
        Files.write(file, BatchFile.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
    }

    /** Reads and checks an identity file: format, known role, keys that decode as Ed25519 and X25519. */
    static Site read(Path file) {
        SiteIdentity identity;
        try {
            identity = BatchFile.JSON.readValue(file.toFile(), SiteIdentity.class);
        } catch (IOException e) {
            throw new DomainException("site.identityUnreadable", file, e.getMessage().lines().findFirst().orElse(""));
        }
        if (identity == null || !FORMAT.equals(identity.format()) || identity.id() == null) {
            throw new DomainException("site.identityFormat", file, FORMAT);
        }
        Role.parse(identity.role());
        try {
            byte[] signing = Base64.getDecoder().decode(identity.signingKey());
            byte[] agreement = Base64.getDecoder().decode(identity.agreementKey());
            BatchCrypto.publicKey(BatchCrypto.SIGNING, signing);
            BatchCrypto.publicKey(BatchCrypto.AGREEMENT, agreement);
            return new Site(identity.id(), identity.office(), identity.role(), signing, agreement);
        } catch (IllegalArgumentException | NullPointerException | GeneralSecurityException e) {
            throw new DomainException("site.identityKeys", file, identity.id());
        }
    }
}
