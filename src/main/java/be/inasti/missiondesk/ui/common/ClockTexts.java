package be.inasti.missiondesk.ui.common;

import be.inasti.missiondesk.app.ClockStatus;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.clock.Countdown;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import java.time.LocalDate;

/** How a countdown reads in the queue and the detail: "J-4", "aujourd'hui", "+6 j de retard", and its state. */
public final class ClockTexts {
    private final Messages messages;

    public ClockTexts(Messages messages) {
        this.messages = messages;
    }

    public String countdown(Countdown countdown) {
        long days = countdown.remainingDays();
        if (days == 0) {
            return messages.get("countdown.today");
        }
        return days > 0 ? messages.format("countdown.left", days) : messages.format("countdown.late", -days);
    }

    public String workingDays(Countdown countdown) {
        return messages.format("countdown.workingDays", countdown.remainingWorkingDays());
    }

    public String state(ClockState state) {
        return messages.of("state", state);
    }

    /** Countdown and state together: the state is always written, never told by colour alone. */
    public String countdownAndState(Countdown countdown) {
        return countdown(countdown) + " · " + state(countdown.state());
    }

    /**
     * "72 % du délai écoulé — à risque dès 80 %": why a clock with weeks left can be at risk when one with days
     * left is not (the risk is the share of the deadline used, {@link DeadlineClock#atRiskFromPercent}). Empty for
     * a stopped clock, which is no longer at risk of anything.
     */
    public String deadlineUsed(ClockStatus status) {
        Countdown countdown = status.countdown();
        if (!countdown.state().isOpen()) {
            return "";
        }
        // An open clock's countdown is seen on the day the queue was read.
        LocalDate seenOn = countdown.dueOn().minusDays(countdown.remainingDays());
        DeadlineClock clock = status.clock();
        return messages.format("countdown.used", clock.usedPercent(seenOn), clock.atRiskFromPercent());
    }

    /** The tooltip of a countdown: the working days left, then the share of the deadline used. */
    public String tooltip(ClockStatus status) {
        String used = deadlineUsed(status);
        String working = workingDays(status.countdown());
        return used.isEmpty() ? working : working + "\n" + used;
    }

    /** A countdown as the queue's badge shows it: "J-4 · à risque", its state, its tooltip. */
    public CountdownBadge.Reading reading(ClockStatus status) {
        return new CountdownBadge.Reading(countdownAndState(status.countdown()), status.countdown().state(),
                tooltip(status));
    }

    /** Only the state in words ("à risque"), with the badge's icon, colour and tooltip. */
    public CountdownBadge.Reading stateReading(ClockStatus status) {
        return new CountdownBadge.Reading(state(status.countdown().state()), status.countdown().state(),
                tooltip(status));
    }
}
