package be.inasti.missiondesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.catalogue.CatalogueVersion;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.workflow.Workflow;
import be.inasti.missiondesk.domain.workflow.WorkflowSet;
import be.inasti.missiondesk.domain.workflow.Workflows;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A maintainer edits the workflow data by hand: each mistake must be refused naming the file, type and event. */
class WorkflowFilesTest {
    private static final CatalogueVersion CATALOGUE = Catalogue.bundled().versionOn(LocalDate.of(2020, 1, 1));
    private static final String WORDS = "{fr: a, nl: b, de: c, en: d}";

    /** A sound file with one type: a complaint acknowledged, then answered. */
    private static String complaint(String events) {
        return """
                states: {RECEIVED: %1$s, ACKNOWLEDGED: %1$s, CLOSED: %1$s}
                events: {accuse-reception: %1$s, reponse: %1$s}
                outcomes: {REPONDU: %1$s}
                types:
                  - type: PLAINTE
                    label: %1$s
                    subject: EITHER
                    weight: 1.5
                    demoShare: 2
                    initial: RECEIVED
                    closed: [CLOSED]
                    startsOnReception: [SEC 1-01, SEC 1-02]
                    events:
                %2$s
                """.formatted(WORDS, events);
    }

    private static final String SOUND = """
                      - {event: accuse-reception, from: [RECEIVED], to: ACKNOWLEDGED, stops: [SEC 1-01]}
                      - {event: reponse, from: [ACKNOWLEDGED], to: CLOSED, stops: [SEC 1-02], outcome: REPONDU}
            """;

    private static WorkflowSet read(String yaml) {
        return WorkflowFiles.read("workflows-test.yaml", CATALOGUE,
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_new_mission_type_is_data_only() {
        Workflow complaint = read(complaint(SOUND)).workflows().getFirst();

        assertThat(complaint.type()).isEqualTo(MissionType.of("PLAINTE"));
        assertThat(complaint.weight()).isEqualTo(1.5);
        assertThat(complaint.transition("ACKNOWLEDGED", "reponse").orElseThrow().stops()).containsExactly("SEC 1-02");
    }

    @Test
    void a_state_no_event_reaches_is_refused() {
        String yaml = complaint(SOUND.replace("to: ACKNOWLEDGED", "to: CLOSED"));

        assertThatThrownBy(() -> read(yaml)).isInstanceOf(DomainException.class)
                .hasMessage("workflows-test.yaml, type PLAINTE: no event leads to the state ACKNOWLEDGED");
    }

    @Test
    void a_state_with_no_way_out_is_refused() {
        String yaml = complaint(SOUND.replace("closed: [CLOSED]", "closed: []")
                .replace("from: [ACKNOWLEDGED], to: CLOSED", "from: [ACKNOWLEDGED], to: STUCK")
                .replace("REPONDU: %s".formatted(WORDS), "REPONDU: %s, STUCK: %s".formatted(WORDS, WORDS)))
                .replace("CLOSED: " + WORDS, "CLOSED: %s, STUCK: %s".formatted(WORDS, WORDS));

        assertThatThrownBy(() -> read(yaml)).isInstanceOf(DomainException.class)
                .hasMessageContaining("type PLAINTE: the state STUCK is not final and no event leaves it");
    }

    @Test
    void a_clock_that_nothing_stops_is_refused_naming_what_starts_it() {
        String yaml = complaint(SOUND.replace("stops: [SEC 1-02], ", ""));

        assertThatThrownBy(() -> read(yaml)).isInstanceOf(DomainException.class)
                .hasMessage("workflows-test.yaml, type PLAINTE, startsOnReception: the clock SEC 1-02 starts but no "
                        + "event stops or cancels it");
    }

    @Test
    void an_objective_the_catalogue_lacks_is_refused_naming_the_event() {
        String yaml = complaint(SOUND.replace("stops: [SEC 1-01]", "stops: [SEC 1-01, SEC 9-99]"));

        assertThatThrownBy(() -> read(yaml)).isInstanceOf(DomainException.class)
                .hasMessage("workflows-test.yaml, type PLAINTE, accuse-reception: the objective SEC 9-99 is not in "
                        + "the catalogue 2019-2020");
    }

    @Test
    void a_label_missing_in_one_language_is_refused() {
        String yaml = complaint(SOUND).replace("REPONDU: " + WORDS, "REPONDU: {fr: a, nl: b, en: d}");

        assertThatThrownBy(() -> read(yaml)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("workflows-test.yaml: \"REPONDU\" has no label in de");
    }

    @Test
    void an_event_without_a_label_is_refused() {
        String yaml = complaint(SOUND).replace("reponse: " + WORDS, "autre: " + WORDS);

        assertThatThrownBy(() -> read(yaml)).isInstanceOf(DomainException.class)
                .hasMessage("workflows-test.yaml, type PLAINTE: \"reponse\" has no label in the section events");
    }

    @Test
    void a_misspelt_key_is_refused_rather_than_dropping_a_clock() {
        String yaml = complaint(SOUND.replace("stops: [SEC 1-01]", "stop: [SEC 1-01]"));

        assertThatThrownBy(() -> read(yaml)).isInstanceOf(DomainException.class)
                .hasMessageContaining("workflows-test.yaml: unreadable workflow file").hasMessageContaining("stop");
    }

    @Test
    void a_requesting_service_the_catalogue_does_not_know_is_refused() {
        String yaml = complaint(SOUND).replace("    events:\n", "    requestedBy: [VOB, ONSS]\n    events:\n");

        assertThatThrownBy(() -> read(yaml)).isInstanceOf(DomainException.class)
                .hasMessage("workflows-test.yaml, type PLAINTE, requestedBy: no objective of the catalogue 2019-2020 "
                        + "belongs to the service ONSS");
    }

    @Test
    void a_type_defined_twice_is_refused() {
        String yaml = complaint(SOUND);
        String twice = yaml + yaml.substring(yaml.indexOf("  - type:"));

        assertThatThrownBy(() -> read(twice)).isInstanceOf(DomainException.class)
                .hasMessage("workflows-test.yaml: the type PLAINTE is defined twice");
    }

    @Test
    void the_bundled_workflows_load_and_every_type_in_force_has_a_weight_and_a_demo_share() {
        Workflows bundled = Workflows.bundled();

        assertThat(bundled.inForce(LocalDate.of(2020, 1, 1))).isNotEmpty()
                .allSatisfy(w -> assertThat(w.weight()).isPositive())
                .allSatisfy(w -> assertThat(w.demoShare()).isPositive());
    }
}
