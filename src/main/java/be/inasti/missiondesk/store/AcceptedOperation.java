package be.inasti.missiondesk.store;

/**
 * A received operation an import's checks let through, and for a create the columns they decided on (null
 * otherwise): the store writes those, not a second reading of the operation's JSON.
 */
public record AcceptedOperation(Operation operation, CreatedColumns columns) {
}
