package be.inasti.missiondesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.catalogue.CatalogueVersion;
import be.inasti.missiondesk.domain.catalogue.Objective;
import be.inasti.missiondesk.domain.workflow.Transition;
import be.inasti.missiondesk.domain.workflow.Workflow;
import be.inasti.missiondesk.domain.workflow.WorkflowSet;
import be.inasti.missiondesk.domain.workflow.Workflows;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every objective of the catalogue is a clock some mission type starts and some event of that type stops: a
 * caseworker can record every part of her day, and every norm of the contract can be measured.
 */
class EveryObjectiveIsReachableTest {
    private final Catalogue catalogue = Catalogue.bundled();

    @Test
    void everyObjectiveOfEveryVersionIsStartedAndStoppedBySomeType() {
        for (WorkflowSet set : Workflows.bundled().sets()) {
            CatalogueVersion version = catalogue.versionOn(set.validFrom());
            Set<String> reached = new HashSet<>();
            set.workflows().forEach(w -> reached.addAll(startedAndStopped(w, version)));

            assertThat(version.all()).extracting(Objective::code).allSatisfy(code ->
                    assertThat(reached).as("objectives reachable in " + set.file()).contains(code));
            assertThat(reached).as("the 2019-2020 contract's objectives, SEC 1-01/1-02 and P2P 1-02 included")
                    .hasSize(version.all().stream().map(Objective::code).distinct().toList().size())
                    .contains("SEC 1-01", "SEC 1-02", "P2P 1-02", "INT 1-01", "DVR 1-03", "SOVCNH 1-01");
        }
    }

    /** The codes a type both starts and stops ("*" standing for every objective an information request may name). */
    private List<String> startedAndStopped(Workflow w, CatalogueVersion version) {
        Set<String> started = new HashSet<>(w.startsOnReception());
        Set<String> stopped = new HashSet<>();
        for (Transition t : w.transitions()) {
            started.addAll(t.starts());
            started.addAll(t.startsAsOfReception());
            stopped.addAll(t.stops());
        }
        started.retainAll(stopped);
        return started.stream().flatMap(code -> code.equals(Workflow.SERVICE_OBJECTIVE)
                ? catalogue.objectivesOfType(w.type().code(), version.validFrom()).stream().map(Objective::code)
                : Stream.of(code)).toList();
    }
}
