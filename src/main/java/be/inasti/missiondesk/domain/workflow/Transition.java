package be.inasti.missiondesk.domain.workflow;

import be.inasti.missiondesk.domain.mission.Outcome;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One step a mission can take: the event a caseworker fires ({@code droit-accorde}), the states it is allowed
 * from, the state it leads to, the outcome it records, and the clocks it starts, stops and cancels (objective
 * codes; {@link Workflow#SERVICE_OBJECTIVE} stands for the mission's own service objective). Clocks in
 * {@code startsAsOfReception} start with the event but count from the mission's reception (ECL 2-04: a file
 * selected for contact). {@code needsComment}: the caseworker must say why (a refusal, a forward).
 */
public record Transition(
        String event,
        Set<String> from,
        String to,
        Outcome outcome,
        List<String> starts,
        List<String> startsAsOfReception,
        List<String> stops,
        List<String> cancels,
        boolean needsComment) {

    public Transition {
        from = Set.copyOf(from);
        starts = List.copyOf(starts);
        startsAsOfReception = List.copyOf(startsAsOfReception);
        stops = List.copyOf(stops);
        cancels = List.copyOf(cancels);
    }

    /** Every objective code the step names, whatever it does to its clock. */
    public List<String> clocksNamed() {
        return Stream.of(starts, startsAsOfReception, stops, cancels).flatMap(List::stream).toList();
    }
}
