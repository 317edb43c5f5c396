package be.inasti.missiondesk.ui.detail;

import be.inasti.missiondesk.domain.clock.ClockState;
import java.util.List;

/** A clock as the detail shows it: its state in words, its countdown, and its progress towards each tier. */
public record ClockRow(String objective, ClockState state, String summary, String workingDays, List<Tier> tiers) {
    public ClockRow {
        tiers = List.copyOf(tiers);
    }

    /** One tier: its norm and due date in words, and the share of its days used (1 once due). */
    public record Tier(String text, double progress) {
    }
}
