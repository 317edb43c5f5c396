package be.inasti.missiondesk.ui.common;

import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.profile.Profile;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

/** New work's office and assignee from the installation's profile, read after the form opened. */
public final class ProfileDefaults {
    private ProfileDefaults() {
    }

    /**
     * The profile's office and login, unless the user chose others before it was read: an office already chosen,
     * an assignee other than {@code user} (who is working, the assignee the form opened with).
     */
    public static void apply(Profile profile, String user, ObjectProperty<Office> office, StringProperty assignee) {
        if (office.get() == null) {
            office.set(profile.office());
        }
        if (assignee.get().equals(user)) {
            assignee.set(profile.login());
        }
    }
}
