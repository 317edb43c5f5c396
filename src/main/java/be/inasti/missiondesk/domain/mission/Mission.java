package be.inasti.missiondesk.domain.mission;

import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A piece of work in someone's queue, with the deadline clocks its workflow started. {@code serviceObjective}
 * is the objective an information request counts towards (VOB 4-01, CNH 5-01, …), or the service that requested
 * a control (VOB, CNH, …); null for other types.
 * Clocks are in the order they started; a clock is never removed.
 */
public record Mission(
        UUID id,
        MissionType type,
        Office office,
        String assignee,
        String status,
        Priority priority,
        Subject subject,
        Source source,
        LocalDate receivedOn,
        String serviceObjective,
        Outcome outcome,
        String notes,
        boolean closed,
        List<DeadlineClock> clocks) {

    public Mission {
        clocks = List.copyOf(clocks);
    }

    public List<DeadlineClock> openClocks() {
        return clocks.stream().filter(DeadlineClock::isOpen).toList();
    }

    /** The open clock due first: the one the queue sorts and colours by. */
    public Optional<DeadlineClock> mostUrgentClock() {
        // A loop, not a stream: a queue load filtered by state asks this of every open mission.
        DeadlineClock urgent = null;
        for (DeadlineClock c : clocks) {
            if (c.isOpen() && (urgent == null || c.dueOn().isBefore(urgent.dueOn()))) {
                urgent = c;
            }
        }
        return Optional.ofNullable(urgent);
    }

    /** The mission's state on a day: that of its most urgent open clock, or ON_TRACK when none is running. */
    public ClockState urgency(LocalDate today) {
        return mostUrgentClock().map(c -> c.state(today)).orElse(ClockState.ON_TRACK);
    }

    /**
     * The day of the mission's last recorded step: its reception, or the latest day a clock of it started or stopped.
     * A new step cannot be dated before it (the history would read backwards).
     */
    public LocalDate lastStepOn() {
        LocalDate last = receivedOn;
        for (DeadlineClock c : clocks) {
            LocalDate step = c.stoppedOn() == null ? c.startedOn() : c.stoppedOn();
            if (step.isAfter(last)) {
                last = step;
            }
        }
        return last;
    }

    public Mission after(String newStatus, Outcome newOutcome, boolean nowClosed, List<DeadlineClock> newClocks) {
        return new Mission(id, type, office, assignee, newStatus, priority, subject, source, receivedOn,
                serviceObjective, newOutcome, notes, nowClosed, newClocks);
    }

    public Mission reassigned(Office newOffice, String newAssignee) {
        return new Mission(id, type, newOffice, newAssignee, status, priority, subject, source, receivedOn,
                serviceObjective, outcome, notes, closed, clocks);
    }
}
