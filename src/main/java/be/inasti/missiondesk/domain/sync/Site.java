package be.inasti.missiondesk.domain.sync;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.mission.Office;
import java.util.Arrays;
import java.util.regex.Pattern;

/** A registered installation: id, office, role and public keys (X.509 encoded Ed25519 and X25519). */
public record Site(String id, String office, String role, byte[] signingKey, byte[] agreementKey) {
    private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    /**
     * A site id as typed at set-up or read from another site's identity file: capitals, digits and dashes, so that it
     * names files and travels in batches as it is.
     */
    public static String checkedId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new DomainException("site.badId", id);
        }
        return id;
    }

    /** One of the offices, as another site's identity file names it. */
    public static Office checkedOffice(String office) {
        return Arrays.stream(Office.values()).filter(o -> o.name().equals(office)).findFirst()
                .orElseThrow(() -> new DomainException("site.badOffice", office, Arrays.toString(Office.values())));
    }
}
