package be.inasti.missiondesk.domain.mission;

/** What a history row records. */
public enum ChangeKind {
    CREATED, TRANSITION, STATUS, OUTCOME, CLOCK_STARTED, CLOCK_STOPPED, CLOCK_CANCELLED, ASSIGNEE, OFFICE, NOTE,
    /** Any other field, as changed on another installation and received by sync. */
    FIELD
}
