package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import java.nio.file.Path;
import java.time.Clock;

/** How commands get their services: the launcher opens the real database; tests may pass their own. */
@FunctionalInterface
public interface ServicesFactory {
    Services open(Path database, Clock clock, String user);
}
