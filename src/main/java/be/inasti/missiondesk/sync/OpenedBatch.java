package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.store.Operation;
import java.util.List;
import java.util.function.Consumer;

/**
 * A batch's payload opened with this site's key and checked whole ({@link VerifiedBatch#open}): kept as it was
 * decrypted, still compressed (about the file's size), not as operations, which are read again from it a chunk at
 * a time whenever they are needed. Applying the batch, all of it or, once the user has read what its source may not
 * do, the rest, neither reads the file again nor holds every operation at once.
 */
public final class OpenedBatch {
    /** How many operations are read, decided and applied at a time. */
    public static final int CHUNK = 1_024;

    private final byte[] payload;
    private final int operations;

    OpenedBatch(byte[] payload, int operations) {
        this.payload = payload;
        this.operations = operations;
    }

    /** How many operations the payload holds. */
    public int operations() {
        return operations;
    }

    /** Hands the operations over in the batch's order, {@link #CHUNK} at a time, holding only the chunk at hand. */
    public void forEachChunk(Consumer<List<Operation>> chunk) {
        Payload.forEachChunk(payload, CHUNK, chunk);
    }
}
