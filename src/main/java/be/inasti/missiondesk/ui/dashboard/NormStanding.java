package be.inasti.missiondesk.ui.dashboard;

import be.inasti.missiondesk.domain.attainment.AttainmentRow;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * Where a row stands against its norm, told by an icon and a word as well as by colour (a coordinator who does not
 * tell red from green, or prints in black and white, reads it the same). The pseudo-class lets the stylesheet
 * colour it with the theme's tokens.
 */
enum NormStanding {
    BELOW(MaterialDesignA.ALERT_OUTLINE, "below-norm"),
    ON(MaterialDesignC.CHECK_CIRCLE_OUTLINE, "on-norm"),
    /** Nothing stopped in the period: no percentage, so neither below nor on. */
    UNMEASURED(MaterialDesignM.MINUS_CIRCLE_OUTLINE, "unmeasured"),
    /** The contract does not measure the objective over the period: no figure stands against the norm. */
    NEUTRALISED(MaterialDesignM.MINUS_CIRCLE_OUTLINE, "neutralised");

    final Ikon ikon;
    final String pseudoClass;

    NormStanding(Ikon ikon, String pseudoClass) {
        this.ikon = ikon;
        this.pseudoClass = pseudoClass;
    }

    static NormStanding of(AttainmentRow row) {
        if (row.neutralised()) {
            return NEUTRALISED;
        }
        if (row.attainmentPercent() == null) {
            return UNMEASURED;
        }
        return row.belowNorm() ? BELOW : ON;
    }
}
