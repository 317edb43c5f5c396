package be.inasti.missiondesk.domain.workflow;

import be.inasti.missiondesk.domain.mission.Outcome;
import java.util.List;
import java.util.Set;

/**
 * One step a mission can take: the event a caseworker fires ({@code droit-accorde}), the states it is allowed
 * from, the state it leads to, the outcome it records, and the clocks it starts, stops and cancels (objective
 * codes; {@link Workflow#SERVICE_OBJECTIVE} stands for the mission's own service objective).
 */
public record Transition(
        String event,
        Set<String> from,
        String to,
        Outcome outcome,
        List<String> starts,
        List<String> stops,
        List<String> cancels) {

    public Transition {
        from = Set.copyOf(from);
        starts = List.copyOf(starts);
        stops = List.copyOf(stops);
        cancels = List.copyOf(cancels);
    }

    public static Builder on(String event) {
        return new Builder(event);
    }

    /** Reads as the workflow is told: {@code on("droit-accorde").from("RECEIVED").to("RIGHT_GRANTED")…}. */
    public static final class Builder {
        private final String event;
        private Set<String> from = Set.of();
        private String to;
        private Outcome outcome;
        private List<String> starts = List.of();
        private List<String> stops = List.of();
        private List<String> cancels = List.of();

        private Builder(String event) {
            this.event = event;
        }

        public Builder from(String... states) {
            from = Set.of(states);
            return this;
        }

        public Builder to(String state) {
            to = state;
            return this;
        }

        public Builder outcome(Outcome value) {
            outcome = value;
            return this;
        }

        public Builder starts(String... objectives) {
            starts = List.of(objectives);
            return this;
        }

        public Builder stops(String... objectives) {
            stops = List.of(objectives);
            return this;
        }

        public Builder cancels(String... objectives) {
            cancels = List.of(objectives);
            return this;
        }

        public Transition build() {
            return new Transition(event, from, to, outcome, starts, stops, cancels);
        }
    }
}
