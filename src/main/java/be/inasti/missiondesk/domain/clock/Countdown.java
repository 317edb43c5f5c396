package be.inasti.missiondesk.domain.clock;

import java.time.LocalDate;

/**
 * A clock seen on a given day: calendar and working days left until the first tier's due date (negative once
 * overdue), and its state.
 */
public record Countdown(LocalDate dueOn, long remainingDays, long remainingWorkingDays, ClockState state) {
}
