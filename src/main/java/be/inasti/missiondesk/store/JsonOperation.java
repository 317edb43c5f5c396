package be.inasti.missiondesk.store;

/**
 * An operation of the log as SQLite writes it for an export: a JSON object in UTF-8 holding the {@link Operation}'s
 * components by name, {@code recordedAt} as an ISO instant (the JSON data binding writes for the record), and the
 * mission it concerns, which a batch's header counts. Handed from the select to the payload's writer, never
 * compared: the bytes are an array, so a record's equality would compare them by identity.
 */
public record JsonOperation(String missionId, byte[] utf8) {
}
