package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.domain.sync.Site;

/** A site's public identity as its file holds it (JSON; {@link IdentityFile} writes and reads it). No private key. */
record SiteIdentity(String format, String id, String office, String role, String signingKey, String agreementKey) {
    static final String FORMAT = "missiondesk-site/1";

    static SiteIdentity of(Site site) {
        KeyRotation keys = KeyRotation.of(site);
        return new SiteIdentity(FORMAT, site.id(), site.office(), site.role(), keys.signingKey(), keys.agreementKey());
    }
}
