package be.inasti.missiondesk.ui.main;

import be.inasti.missiondesk.ui.Theme;
import be.inasti.missiondesk.ui.coordination.CoordinationScreen;
import java.util.Locale;

/** What the main view model asks of the window around it, so that it stays testable without one. */
public interface Shell {
    /** Builds the window again in another language. */
    void relocalize(Locale language);

    void applyTheme(Theme theme);

    void openNewMission();

    /** Opens the coordination window on one of its screens. */
    void openCoordination(CoordinationScreen screen);

    void close();
}
