package be.inasti.missiondesk.ui.sync;

/** An open conflict as shown: the mission, the field, and each value with who set it on which site. */
public record ConflictRow(long id, String mission, String field, String kept, String lost) {
}
