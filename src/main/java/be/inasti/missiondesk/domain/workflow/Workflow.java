package be.inasti.missiondesk.domain.workflow;

import be.inasti.missiondesk.domain.catalogue.Labels;
import be.inasti.missiondesk.domain.mission.MissionType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The states and transitions of one mission type, as the workflow data defines it, with the clocks that start
 * when a mission is received. A mission in one of the {@code closedStates} has left the queue (some closed
 * states still allow a transition, e.g. a revision of an AFA decision). {@code weight} is the type's workload
 * (Horizon 2022) relative to an information request; {@code demoShare} its share of the demo data;
 * {@code requestedBy} the services that may ask for a mission of the type (controls), one of which it records.
 */
public record Workflow(
        MissionType type,
        Labels label,
        SubjectRule subject,
        double weight,
        int demoShare,
        String initialState,
        List<String> startsOnReception,
        Set<String> closedStates,
        List<Transition> transitions,
        List<String> requestedBy) {

    /** In a workflow's clock lists: the objective the mission itself names (information requests). */
    public static final String SERVICE_OBJECTIVE = "*";

    public Workflow {
        startsOnReception = List.copyOf(startsOnReception);
        closedStates = Set.copyOf(closedStates);
        transitions = List.copyOf(transitions);
        requestedBy = List.copyOf(requestedBy);
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

    /** Every state the workflow names: the initial one, and those its transitions leave and reach. */
    public Set<String> states() {
        var all = new LinkedHashSet<String>();
        all.add(initialState);
        transitions.forEach(t -> {
            all.addAll(t.from());
            all.add(t.to());
        });
        return all;
    }
}
