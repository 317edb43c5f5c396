package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** How commands get their services: the launcher opens the real database; tests may pass their own. */
@FunctionalInterface
public interface ServicesFactory {
    Services open(Path database, Clock clock, String user);

    /** A PostgreSQL database named by its URL (see {@link Services#onServer(String, Map, Path, String, Path, Clock, String)}). */
    default Services onServer(String url, Environment environment, Path localFolder, Clock clock, String user) {
        return Services.onServer(url, environment.variables(), Path.of(environment.home()), environment.osUser(),
                localFolder, clock, user);
    }
}
