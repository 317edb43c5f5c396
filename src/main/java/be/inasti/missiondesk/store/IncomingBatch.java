package be.inasti.missiondesk.store;

import be.inasti.missiondesk.domain.sync.Site;
import java.util.List;
import java.util.Optional;

/**
 * A batch from a partner site, to apply: its id (a replay is recognised by it), its source, the stretch of the
 * source's log it covers ({@code fromPos} to {@code toPos}), how far the source holds this site's log
 * ({@code acknowledges}), the operations to apply as the checks accepted them, and the source with its new public
 * keys when the batch announces them (registered in the same transaction).
 */
public record IncomingBatch(String id, String source, long fromPos, long toPos, long acknowledges,
        List<AcceptedOperation> operations, Optional<Site> rotatedSource) {
    public IncomingBatch {
        operations = List.copyOf(operations);
    }
}
