package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.sync.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

/** A site's public identity as a file ({@link SiteIdentity}): what another installation registers. */
public final class IdentityFile {
    private IdentityFile() {
    }

    public static void write(Site site, Path file) {
        try {
            Files.write(file, BatchFile.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(SiteIdentity.of(site)));
        } catch (IOException e) {
            throw new DomainException("file.cannotWrite", file, e.getMessage());
        }
    }

    /** Reads and checks an identity file: format, known role, keys that decode as Ed25519 and X25519. */
    public static Site read(Path file) {
        SiteIdentity identity;
        try {
            identity = BatchFile.JSON.readValue(file.toFile(), SiteIdentity.class);
        } catch (IOException e) {
            throw new DomainException("site.identityUnreadable", file, e.getMessage().lines().findFirst().orElse(""));
        }
        if (identity == null || !SiteIdentity.FORMAT.equals(identity.format()) || identity.id() == null) {
            throw new DomainException("site.identityFormat", file, SiteIdentity.FORMAT);
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
