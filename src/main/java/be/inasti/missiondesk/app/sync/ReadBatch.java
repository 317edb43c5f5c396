package be.inasti.missiondesk.app.sync;

import be.inasti.missiondesk.store.Operation;
import be.inasti.missiondesk.sync.VerifiedBatch;
import java.util.List;

/**
 * A batch file read and checked by {@link SyncService#read}, up to its operations' rights: kept, so that applying
 * it, all of it or, once the user has read what its source may not do, the rest, needs no second read of the file.
 * A batch applied already is not opened.
 */
public final class ReadBatch {
    private final VerifiedBatch verified;
    private final List<Operation> operations;
    private final boolean alreadyApplied;

    private ReadBatch(VerifiedBatch verified, List<Operation> operations, boolean alreadyApplied) {
        this.verified = verified;
        this.operations = operations;
        this.alreadyApplied = alreadyApplied;
    }

    static ReadBatch opened(VerifiedBatch verified, List<Operation> operations) {
        return new ReadBatch(verified, operations, false);
    }

    static ReadBatch alreadyApplied(VerifiedBatch verified) {
        return new ReadBatch(verified, List.of(), true);
    }

    VerifiedBatch verified() {
        return verified;
    }

    List<Operation> operations() {
        return operations;
    }

    boolean alreadyApplied() {
        return alreadyApplied;
    }
}
