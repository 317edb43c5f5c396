package be.inasti.missiondesk.domain.queue;

import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import java.util.Optional;
import java.util.Set;

/**
 * Which missions a queue shows; an empty set means "any". {@code states} is the state of a mission's most urgent
 * open clock (ON_TRACK when none runs); {@code objectives} matches any of its open clocks; {@code search} matches the
 * subject's name, its NISS or BCE digits (typed with or without dots) and the first characters of the mission id.
 * Closed missions only with {@code includeClosed} (the command line's {@code queue --all}).
 */
public record QueueCriteria(Optional<String> assignee, Set<MissionType> types, Set<ClockState> states,
        Set<String> objectives, Set<Office> offices, String search, boolean includeClosed) {

    public QueueCriteria {
        types = Set.copyOf(types);
        states = Set.copyOf(states);
        objectives = Set.copyOf(objectives);
        offices = Set.copyOf(offices);
        search = search == null ? "" : search.strip();
    }

    /** Every open mission. */
    public static QueueCriteria all() {
        return of(Optional.empty(), Optional.empty());
    }

    /** The open missions of an office and/or an agent (every open mission when both are empty). */
    public static QueueCriteria of(Optional<Office> office, Optional<String> assignee) {
        return new QueueCriteria(assignee, Set.of(), Set.of(), Set.of(), office.map(Set::of).orElse(Set.of()), "",
                false);
    }

    public QueueCriteria withAssignee(Optional<String> newAssignee) {
        return new QueueCriteria(newAssignee, types, states, objectives, offices, search, includeClosed);
    }
}
