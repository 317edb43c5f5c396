package be.inasti.missiondesk.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.Optional;
import javafx.application.ColorScheme;
import javafx.application.Platform;

/** The two themes the window offers; each is one AtlantaFX user-agent stylesheet. */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet()),
    DARK(new PrimerDark().getUserAgentStylesheet());

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    public String stylesheet() {
        return stylesheet;
    }

    /** The theme of a desktop's colour scheme: dark for dark, light otherwise. */
    static Theme of(ColorScheme scheme) {
        return scheme == ColorScheme.DARK ? DARK : LIGHT;
    }

    /** What the desktop prefers now (on the FX thread). */
    static Theme ofDesktop() {
        return of(Platform.getPreferences().getColorScheme());
    }

    /** The theme a stored setting names, if it names one. */
    static Optional<Theme> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
