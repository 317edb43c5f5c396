package be.inasti.missiondesk.domain.workflow;

/**
 * Reads the workflow data shipped with the application. The domain stays free of file formats: the reader lives
 * outside it and is found at run time, as JDBC finds its driver (see {@code META-INF/services}).
 */
public interface WorkflowSource {
    /** Every version's workflows, checked; a definition that is not sound is refused, naming file, type and event. */
    Workflows read();
}
