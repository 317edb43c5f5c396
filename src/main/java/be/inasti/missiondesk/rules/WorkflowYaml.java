package be.inasti.missiondesk.rules;

import be.inasti.missiondesk.domain.workflow.SubjectRule;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The shape of a {@code workflows-*.yaml} file, as a maintainer writes it; see the file's header. A key that is
 * not here is refused (a typo must not silently drop a clock).
 */
record WorkflowYaml(
        @JsonProperty(required = true) Map<String, Words> states,
        @JsonProperty(required = true) Map<String, Words> events,
        @JsonProperty(required = true) Map<String, Words> outcomes,
        @JsonProperty(required = true) List<Type> types) {

    /** A code's label in the four languages of the window. */
    record Words(String fr, String nl, String de, String en) {
    }

    record Type(
            @JsonProperty(required = true) String type,
            @JsonProperty(required = true) Words label,
            @JsonProperty(required = true) SubjectRule subject,
            @JsonProperty(required = true) double weight,
            @JsonProperty(required = true) int demoShare,
            @JsonProperty(required = true) String initial,
            @JsonProperty(required = true) List<String> closed,
            List<String> startsOnReception,
            @JsonProperty(required = true) List<Event> events,
            List<String> requestedBy) {
    }

    enum Ask {
        COMMENT
    }

    record Event(
            @JsonProperty(required = true) String event,
            @JsonProperty(required = true) List<String> from,
            @JsonProperty(required = true) String to,
            List<String> starts,
            List<String> startsAsOfReception,
            List<String> stops,
            List<String> cancels,
            String outcome,
            List<Ask> asks) {
    }
}
