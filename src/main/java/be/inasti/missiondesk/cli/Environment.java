package be.inasti.missiondesk.cli;

import java.time.Clock;
import java.util.Map;

/** What the command line reads from the machine: variables, OS, home folder, user and clock (swapped in tests). */
public record Environment(Map<String, String> variables, String osName, String home, String osUser, Clock clock) {

    public static Environment system() {
        return new Environment(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"),
                System.getProperty("user.name"), Clock.systemDefaultZone());
    }

    String user() {
        String configured = variables.get("MISSIONDESK_USER");
        return configured != null && !configured.isBlank() ? configured : osUser;
    }
}
