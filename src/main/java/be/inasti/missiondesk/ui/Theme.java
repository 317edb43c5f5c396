package be.inasti.missiondesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/**
 * The two themes the window offers; each is one AtlantaFX user-agent stylesheet, in the binary form AtlantaFX ships
 * beside the text one: JavaFX loads it without parsing 160 KB of CSS at each start.
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheetBSS()),
    DARK(new PrimerDark().getUserAgentStylesheetBSS());

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    public String stylesheet() {
        return stylesheet;
    }
}
