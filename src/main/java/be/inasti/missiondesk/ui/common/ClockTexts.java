package be.inasti.missiondesk.ui.common;

import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.clock.Countdown;

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
}
