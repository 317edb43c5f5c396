package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.ProfileService;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.domain.sync.Role;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "profile", description = "Show who works at this installation, or set it: new missions and flows "
        + "(in the window and here) are opened for the profile's office and assigned to its login unless told "
        + "otherwise. Options not given keep their saved value.")
final class ProfileCommand extends ServiceCommand<ProfileService> {
    @Option(names = "--login", paramLabel = "LOGIN", description = "Your login, the default assignee.")
    String login;

    @Option(names = "--office", paramLabel = "OFFICE", description = "One of: ${COMPLETION-CANDIDATES}.")
    Office office;

    @Option(names = "--role", paramLabel = "ROLE", description = "CASEWORKER, INSPECTOR or COORDINATOR.")
    Role role;

    ProfileCommand() {
        super(Services::profile);
    }

    @Override
    int run(ProfileService profiles) {
        Optional<Profile> saved = profiles.profile();
        if (login == null && office == null && role == null) {
            out().println(saved.map(ProfileCommand::described)
                    .orElse("no profile yet: give --login, --office and --role to set one"));
            return 0;
        }
        Profile changed = new Profile(given(login, saved, Profile::login), given(office, saved, Profile::office),
                given(role, saved, Profile::role));
        profiles.save(changed);
        out().println("profile saved: " + described(changed));
        return 0;
    }

    private static <T> T given(T option, Optional<Profile> saved, Function<Profile, T> field) {
        return option != null ? option : saved.map(field).orElse(null);
    }

    private static String described(Profile p) {
        return "login %s, office %s, role %s".formatted(p.login(), p.office(), p.role());
    }
}
