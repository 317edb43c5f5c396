package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.sync.Site;
import be.inasti.missiondesk.store.SafeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * A site's public identity as a file ({@link SiteIdentity}): what another installation registers. Written like every
 * file, owner-only and whole or not at all.
 */
public final class IdentityFile {
    private IdentityFile() {
    }

    public static void write(Site site, Path file) {
        try {
            byte[] json = BatchFile.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(SiteIdentity.of(site));
            SafeFiles.write(file, json, ".missiondesk-identity-");
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
        Site.checkedId(identity.id());
        Site.checkedOffice(identity.office());
        Role.parse(identity.role());
        try {
            return KeyRotation.withKeys(identity.id(), identity.office(), identity.role(), identity.signingKey(),
                    identity.agreementKey());
        } catch (IllegalArgumentException | NullPointerException | GeneralSecurityException e) {
            throw new DomainException("site.identityKeys", file, identity.id());
        }
    }
}
