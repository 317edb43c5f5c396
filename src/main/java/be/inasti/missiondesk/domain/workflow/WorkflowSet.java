package be.inasti.missiondesk.domain.workflow;

import java.time.LocalDate;
import java.util.List;

/**
 * The workflows of one catalogue version, in force from {@code validFrom} until the next version's: a mission
 * keeps the definitions in force when it was received. {@code file} names the data they were read from.
 */
public record WorkflowSet(String versionId, LocalDate validFrom, String file, List<Workflow> workflows,
        Vocabulary vocabulary) {

    public WorkflowSet {
        workflows = List.copyOf(workflows);
    }
}
