package be.inasti.missiondesk.ui.coordination;

import java.util.Locale;

/** The coordinator's screens, each a tab of the coordination window and an item of its menu. */
public enum CoordinationScreen {
    TEAM("Shortcut+Shift+T"),
    BALANCE("Shortcut+Shift+B"),
    DASHBOARD("Shortcut+Shift+K"),
    AT_RISK("Shortcut+Shift+R");

    private final String accelerator;

    CoordinationScreen(String accelerator) {
        this.accelerator = accelerator;
    }

    public String accelerator() {
        return accelerator;
    }

    /** For ids and keys: "at-risk" and "coordination.AT_RISK". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
