package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.clock.Countdown;
import be.inasti.missiondesk.domain.clock.DeadlineClock;

/** A clock with its countdown on the day the queue was read. */
public record ClockStatus(DeadlineClock clock, Countdown countdown) {
}
