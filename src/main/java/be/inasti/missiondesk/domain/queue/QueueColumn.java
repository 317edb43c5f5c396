package be.inasti.missiondesk.domain.queue;

/** What a queue can be sorted by: a column of the caseworker's table, or urgency, the default. */
public enum QueueColumn {
    /** The most urgent open clock's due date, high priority first among equals, then the oldest received. */
    URGENCY,
    TYPE,
    SUBJECT,
    OFFICE,
    ASSIGNEE,
    STATUS,
    /** The objective of the most urgent open clock. */
    OBJECTIVE,
    /** The due date of the most urgent open clock; missions with none last. */
    DUE
}
