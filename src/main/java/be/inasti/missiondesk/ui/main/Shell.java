package be.inasti.missiondesk.ui.main;

import be.inasti.missiondesk.ui.Theme;
import java.util.Locale;

/** What the main view model asks of the window around it, so that it stays testable without one. */
public interface Shell {
    /** Builds the window again in another language. */
    void relocalize(Locale language);

    void applyTheme(Theme theme);

    void openNewMission();

    void close();
}
