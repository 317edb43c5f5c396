package be.inasti.missiondesk.store;

import be.inasti.missiondesk.domain.sync.Site;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A batch from a partner site, to apply: its id (a replay is recognised by it), its source, the stretch of the
 * source's log it covers ({@code fromPos} to {@code toPos}), how far the source holds this site's log
 * ({@code acknowledges}), the operations to apply as the checks accepted them, and the source with its new public
 * keys when the batch announces them (registered in the same transaction).
 */
public record IncomingBatch(String id, String source, long fromPos, long toPos, long acknowledges,
        Operations operations, Optional<Site> rotatedSource) {

    /**
     * The operations to apply, handed over a chunk at a time in the batch's order, so that no more than a chunk is
     * held while a batch of any size is applied.
     */
    @FunctionalInterface
    public interface Operations {
        void forEachChunk(Consumer<List<AcceptedOperation>> chunk);

        /** Operations already held, as one chunk. */
        static Operations of(List<AcceptedOperation> operations) {
            List<AcceptedOperation> all = List.copyOf(operations);
            return chunk -> chunk.accept(all);
        }
    }
}
