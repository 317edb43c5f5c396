package be.inasti.missiondesk.ui.sync;

/**
 * An open conflict as shown: the mission, the field, each value with who set it on which site, and when the two met
 * here (a conflict carries no time for each value).
 */
public record ConflictRow(long id, String mission, String field, String kept, String lost, String detected) {
}
