package be.inasti.missiondesk.ui.shell;

import be.inasti.missiondesk.ui.coordination.CoordinationScreen;
import java.nio.file.Path;
import java.util.Locale;

/** What the main view model asks of the window around it, so that it stays testable without one. */
public interface Shell {
    /** Builds the window again in another language. */
    void relocalize(Locale language);

    void applyTheme(Theme theme);

    void openNewMission();

    /** Opens the profile dialog: who works here, the defaults of new work. */
    void openProfile();

    /** Opens the coordination window on one of its screens. */
    void openCoordination(CoordinationScreen screen);

    void close();

    /** Shows the synchronisation screen (brought to the front if already open). */
    void openSync();

    /** Shows the synchronisation screen and imports the batch file there, so its report shows. */
    void importBatch(Path file);

    /** Shows the synchronisation screen and registers the site whose identity file this is, reporting who it is. */
    void registerSite(Path identity);

    /** Opens the flow import screen on a CSV file, previewed before anything is written. */
    void openFlowImport(Path file);
}
