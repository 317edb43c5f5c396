package be.inasti.missiondesk.store;

/** What applying a batch did: operations applied, already held here, and remote values that lost to local ones. */
public record ApplyReport(int applied, int alreadyHeld, int keptLocal, int conflicts) {
}
