package be.inasti.missiondesk.ui.sync;

import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.domain.sync.Role;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What setting this installation up as a site asks: its id, office and role, proposed from the profile so that a
 * caseworker usually only confirms. The service checks them (the same checks as the command line's), not this form.
 */
public record SiteForm(StringProperty id, ObjectProperty<Office> office, ObjectProperty<Role> role) {
    /** Longest part of a login kept in a proposed id: ids are at most 32 characters. */
    private static final int LOGIN_PART = 24;

    public SiteForm() {
        this(new SimpleStringProperty(""), new SimpleObjectProperty<>(), new SimpleObjectProperty<>());
    }

    /** Fills what the user has not filled yet from the profile, if there is one. */
    void propose(Optional<Profile> profile) {
        profile.ifPresent(p -> {
            if (id.get().isBlank()) {
                id.set(proposedId(p));
            }
            if (office.get() == null) {
                office.set(p.office());
            }
            if (role.get() == null) {
                role.set(p.role());
            }
        });
    }

    /** {@code NAM-VRENARD}: the office's first three letters and the login, in the characters a site id takes. */
    static String proposedId(Profile profile) {
        String login = profile.login().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "");
        return profile.office().name().substring(0, 3) + "-" + login.substring(0, Math.min(LOGIN_PART,
                login.length()));
    }
}
