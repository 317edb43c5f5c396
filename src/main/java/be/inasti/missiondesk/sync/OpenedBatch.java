package be.inasti.missiondesk.sync;

import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.DAMAGED;

import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.store.Operation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A batch's payload opened with this site's key ({@link VerifiedBatch#open}): kept as it was decrypted, still
 * compressed (about the file's size), not as operations, which are read again from it a chunk at a time whenever
 * they are needed. Applying the batch, all of it or, once the user has read what its source may not do, the rest,
 * neither reads the file again nor holds every operation at once.
 */
public final class OpenedBatch {
    /** How many operations are read, decided and applied at a time. */
    public static final int CHUNK = 1_024;

    private final byte[] payload;
    private final Payload.Counts announced;
    /** Whether a reading went through and found what the manifest announces. */
    private boolean checked;

    OpenedBatch(byte[] payload, Payload.Counts announced) {
        this.payload = payload;
        this.announced = announced;
    }

    /**
     * Hands the operations over in the batch's order, {@link #CHUNK} at a time, holding only the chunk at hand. The
     * first reading through also counts the operations and their missions, and refuses the batch once read if they
     * are not what its manifest announces: the caller writes nothing before a first reading has ended.
     */
    public void forEachChunk(Consumer<List<Operation>> chunk) {
        if (checked) {
            Payload.forEachChunk(payload, CHUNK, chunk);
            return;
        }
        Set<String> missions = new HashSet<>();
        long[] operations = {0};
        Payload.forEachChunk(payload, CHUNK, ops -> {
            operations[0] += ops.size();
            ops.forEach(op -> missions.add(op.missionId()));
            chunk.accept(ops);
        });
        if (operations[0] != announced.operations() || missions.size() != announced.missions()) {
            throw new BatchRefused(DAMAGED, "batch.countsDiffer", announced.operations(), announced.missions(),
                    operations[0], missions.size());
        }
        checked = true;
    }
}
