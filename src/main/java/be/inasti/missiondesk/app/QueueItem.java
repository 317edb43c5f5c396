package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.mission.Mission;
import java.util.List;
import java.util.Optional;

/** A mission as the queue shows it: every clock's countdown, and the most urgent open one. */
public record QueueItem(Mission mission, List<ClockStatus> clocks) {
    public QueueItem {
        clocks = List.copyOf(clocks);
    }

    public Optional<ClockStatus> mostUrgent() {
        return mission.mostUrgentClock().flatMap(this::find);
    }

    /** The countdown of one of the mission's clocks. */
    public ClockStatus status(DeadlineClock clock) {
        return find(clock).orElseThrow();
    }

    private Optional<ClockStatus> find(DeadlineClock clock) {
        return clocks.stream().filter(s -> s.clock().equals(clock)).findFirst();
    }

    /** The state of the most urgent open clock; ON_TRACK when no clock runs. */
    public ClockState urgency() {
        return mostUrgent().map(s -> s.countdown().state()).orElse(ClockState.ON_TRACK);
    }

    /** At risk or overdue: handed over first when balancing, and weighing more in a load. */
    public boolean urgent() {
        return urgency() == ClockState.AT_RISK || urgency() == ClockState.OVERDUE;
    }
}
