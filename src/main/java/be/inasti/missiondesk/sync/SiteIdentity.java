package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.domain.sync.Site;
import java.util.Base64;

/** A site's public identity as its file holds it (JSON; {@link IdentityFile} writes and reads it). No private key. */
record SiteIdentity(String format, String id, String office, String role, String signingKey, String agreementKey) {
    static final String FORMAT = "missiondesk-site/1";

    static SiteIdentity of(Site site) {
        Base64.Encoder b64 = Base64.getEncoder();
        return new SiteIdentity(FORMAT, site.id(), site.office(), site.role(), b64.encodeToString(site.signingKey()),
                b64.encodeToString(site.agreementKey()));
    }
}
