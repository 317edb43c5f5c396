package be.inasti.missiondesk.ui.common;

import be.inasti.missiondesk.domain.clock.ClockState;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The icon and pseudo-class of each clock state, so that state shows by shape and text as well as colour; the
 * colours themselves are in the stylesheet (AtlantaFX tokens).
 */
public final class StateIcons {
    private static final PseudoClass AT_RISK = PseudoClass.getPseudoClass("at-risk");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass MET = PseudoClass.getPseudoClass("met");
    private static final PseudoClass MISSED = PseudoClass.getPseudoClass("missed");

    private StateIcons() {
    }

    /** The state's icon: a {@link CountdownBadge} sets it on the one icon it holds. */
    public static Ikon ikon(ClockState state) {
        return switch (state) {
            case ON_TRACK -> MaterialDesignC.CLOCK_OUTLINE;
            case AT_RISK -> MaterialDesignC.CLOCK_ALERT_OUTLINE;
            case OVERDUE -> MaterialDesignA.ALERT_CIRCLE;
            case MET -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case MISSED -> MaterialDesignC.CLOSE_CIRCLE_OUTLINE;
            case CANCELLED -> MaterialDesignM.MINUS_CIRCLE_OUTLINE;
        };
    }

    /** Sets the state's pseudo-class on a node (and clears the others); null clears them all. */
    public static void mark(Node node, ClockState state) {
        node.pseudoClassStateChanged(AT_RISK, state == ClockState.AT_RISK);
        node.pseudoClassStateChanged(OVERDUE, state == ClockState.OVERDUE);
        node.pseudoClassStateChanged(MET, state == ClockState.MET);
        node.pseudoClassStateChanged(MISSED, state == ClockState.MISSED);
    }
}
