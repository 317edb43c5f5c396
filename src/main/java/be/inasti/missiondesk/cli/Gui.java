package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.text.Language;
import java.nio.file.Path;
import java.util.Optional;

/** Opens the window on the given services and returns when it closes; supplied by the launcher. */
@FunctionalInterface
public interface Gui {
    /** @return the exit code */
    int open(Services services, Start start);

    /**
     * How the window starts.
     *
     * @param exitWhenReady close as soon as the queue is shown, after printing how long it took (start-up checks)
     * @param batchFile a batch file the user opened (double-click, "open with"): the import screen starts with it
     * @param language {@code --lang}: the window's language for this run, instead of the one remembered
     */
    record Start(boolean exitWhenReady, Optional<Path> batchFile, Optional<Language> language) {
    }
}
