package be.inasti.missiondesk.domain.workflow;

import be.inasti.missiondesk.domain.mission.MissionType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The states and transitions of one mission type, and the clocks that start when a mission is received. A
 * mission in one of the {@code closedStates} has left the queue (some closed states still allow a transition,
 * e.g. a revision of an AFA decision).
 */
public record Workflow(
        MissionType type,
        String initialState,
        List<String> startsOnReception,
        Set<String> closedStates,
        List<Transition> transitions) {

    /** In a workflow's clock lists: the objective the mission itself names (information requests). */
    public static final String SERVICE_OBJECTIVE = "*";

    public Workflow {
        startsOnReception = List.copyOf(startsOnReception);
        closedStates = Set.copyOf(closedStates);
        transitions = List.copyOf(transitions);
    }

    /** The transitions allowed from a state, in definition order. */
    public List<Transition> allowedFrom(String state) {
        return transitions.stream().filter(t -> t.from().contains(state)).toList();
    }

    public Optional<Transition> transition(String state, String event) {
        return allowedFrom(state).stream().filter(t -> t.event().equals(event)).findFirst();
    }

    public boolean isClosed(String state) {
        return closedStates.contains(state);
    }

    /** The same workflow without one clock: for a subtype excluded from an objective. */
    public Workflow withoutClock(MissionType otherType, String objective) {
        List<Transition> trimmed = transitions.stream()
                .map(t -> new Transition(t.event(), t.from(), t.to(), t.outcome(), without(t.starts(), objective),
                        without(t.stops(), objective), without(t.cancels(), objective)))
                .toList();
        return new Workflow(otherType, initialState, without(startsOnReception, objective), closedStates, trimmed);
    }

    private static List<String> without(List<String> codes, String objective) {
        return codes.stream().filter(c -> !c.equals(objective)).toList();
    }
}
