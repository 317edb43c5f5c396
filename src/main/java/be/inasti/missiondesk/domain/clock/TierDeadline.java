package be.inasti.missiondesk.domain.clock;

import java.time.LocalDate;

/** One tier of a clock: due on {@code dueOn}, counting towards a norm of {@code normPercent} %. */
public record TierDeadline(LocalDate dueOn, int normPercent) {
}
