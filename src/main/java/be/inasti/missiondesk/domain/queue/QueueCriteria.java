package be.inasti.missiondesk.domain.queue;

import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import java.util.Optional;
import java.util.Set;

/**
 * Which open missions a queue shows; an empty set means "any". {@code states} is the state of a mission's most
 * urgent open clock; {@code objectives} matches any of its open clocks; {@code search} matches the subject's name,
 * its NISS or BCE digits (typed with or without dots) and the first characters of the mission id.
 */
public record QueueCriteria(Optional<String> assignee, Set<MissionType> types, Set<ClockState> states,
        Set<String> objectives, Set<Office> offices, String search) {

    public QueueCriteria {
        types = Set.copyOf(types);
        states = Set.copyOf(states);
        objectives = Set.copyOf(objectives);
        offices = Set.copyOf(offices);
        search = search == null ? "" : search.strip();
    }

    /** Every open mission. */
    public static QueueCriteria all() {
        return new QueueCriteria(Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), "");
    }

    public QueueCriteria withAssignee(Optional<String> newAssignee) {
        return new QueueCriteria(newAssignee, types, states, objectives, offices, search);
    }
}
