package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.mission.Mission;
import java.time.LocalDate;

/**
 * An open clock that misses one of its tiers within the horizon unless the mission moves on; {@code status} is the
 * clock with its countdown, for its state to show as the queue shows it.
 */
public record AtRiskClock(Mission mission, String objective, int tierDays, int normPercent, LocalDate dueOn,
        long daysLeft, ClockStatus status) {
}
