package be.inasti.missiondesk.domain.workflow;

import be.inasti.missiondesk.domain.catalogue.Labels;
import java.util.Map;
import java.util.Optional;

/**
 * The labels of the workflow data's codes in the window's four languages: mission types, states, events and
 * outcomes. Codes are what the database and the batches carry; people read these.
 */
public record Vocabulary(
        Map<String, Labels> types,
        Map<String, Labels> states,
        Map<String, Labels> events,
        Map<String, Labels> outcomes) {

    public Vocabulary {
        types = Map.copyOf(types);
        states = Map.copyOf(states);
        events = Map.copyOf(events);
        outcomes = Map.copyOf(outcomes);
    }

    public Optional<Labels> type(String code) {
        return Optional.ofNullable(types.get(code));
    }

    public Optional<Labels> state(String code) {
        return Optional.ofNullable(states.get(code));
    }

    public Optional<Labels> event(String code) {
        return Optional.ofNullable(events.get(code));
    }

    public Optional<Labels> outcome(String code) {
        return Optional.ofNullable(outcomes.get(code));
    }
}
