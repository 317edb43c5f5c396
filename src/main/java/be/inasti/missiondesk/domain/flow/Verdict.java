package be.inasti.missiondesk.domain.flow;

/** What importing a valid line does. */
public enum Verdict {
    /** Opens a mission (or adds an affiliate). */
    CREATE,
    /** Joins the mission of an earlier line with the same key (twins, another document of one affiliation). */
    SAME_MISSION,
    /** Its key is in the store already: an earlier file brought it. */
    ALREADY_IMPORTED,
    /** A birth whose mother is not an affiliate of the Caisse nationale auxiliaire. */
    NOT_FOR_CNH,
    /** An affiliate the store knows with other data (another caisse): the file's data replace it. */
    UPDATE
}
