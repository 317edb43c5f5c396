package be.inasti.missiondesk.ui.atrisk;

import be.inasti.missiondesk.app.AtRiskClock;
import be.inasti.missiondesk.app.TeamService;
import be.inasti.missiondesk.ui.common.ClockTexts;
import be.inasti.missiondesk.ui.common.CountdownBadge;
import be.inasti.missiondesk.ui.common.Listing;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** Every open clock of the team that misses a tier within the chosen number of days, soonest first. */
public final class AtRiskViewModel {
    /** A week: the Monday review's horizon. */
    public static final int DEFAULT_DAYS = 7;

    private final TeamService team;
    private final Messages messages;
    private final IntegerProperty days = new SimpleIntegerProperty(DEFAULT_DAYS);
    private final Listing<AtRiskClock> clocks = new Listing<>();
    private final WorkState work;
    private final ClockTexts clockTexts;

    public AtRiskViewModel(TeamService team, TaskRunner tasks, Messages messages) {
        this.team = team;
        this.messages = messages;
        this.work = new WorkState(tasks, messages, "coordination.error");
        this.clockTexts = new ClockTexts(messages);
        days.addListener((o, was, now) -> refresh());
    }

    public void refresh() {
        int horizon = days.get();
        work.run(() -> team.atRisk(horizon, Optional.empty()), found -> {
            clocks.show(found, messages.format("atRisk.summary", found.size(), horizon));
        });
    }

    /** "60 d · 90 %": the tier the clock is about to miss. */
    public String tierText(AtRiskClock clock) {
        return messages.format("atRisk.tier", clock.tierDays(), clock.normPercent());
    }

    /**
     * The clock's state as the queue draws it (icon, colour, word), its tooltip saying how much of the deadline is
     * used: the tier about to be missed may not be the first, whose countdown the queue shows.
     */
    public CountdownBadge.Reading stateReading(AtRiskClock clock) {
        return clockTexts.stateReading(clock.status());
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    /** The clocks due within {@link #daysProperty()} days, soonest first, and how many they are. */
    public Listing<AtRiskClock> clocks() {
        return clocks;
    }

    /** Busy, or what went wrong: what the header shows. */
    public WorkState work() {
        return work;
    }
}
