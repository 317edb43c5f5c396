package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.domain.sync.Role;
import java.util.Map;
import java.util.Optional;

/** The installation's profile, kept in its settings with the language and theme. */
public final class ProfileService {
    static final String LOGIN = "profile.login";
    static final String OFFICE = "profile.office";
    static final String ROLE = "profile.role";

    private final Settings settings;

    public ProfileService(Settings settings) {
        this.settings = settings;
    }

    /** The profile saved, if one was; a value that no longer reads (an office since renamed) counts as none. */
    public Optional<Profile> profile() {
        Optional<String> login = settings.get(LOGIN);
        Optional<String> office = settings.get(OFFICE);
        Optional<String> role = settings.get(ROLE);
        if (login.isEmpty() || office.isEmpty() || role.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Profile(login.get(), Office.valueOf(office.get()), Role.parse(role.get())));
        } catch (IllegalArgumentException | DomainException e) {
            return Optional.empty();
        }
    }

    /** Saves the three together: a crash leaves the old profile or the new one. */
    public void save(Profile profile) {
        settings.putAll(Map.of(LOGIN, profile.login(), OFFICE, profile.office().name(), ROLE, profile.role().name()));
    }
}
