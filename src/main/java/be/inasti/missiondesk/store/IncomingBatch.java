package be.inasti.missiondesk.store;

import java.util.List;

/**
 * A batch from a partner site, to apply: its id (a replay is recognised by it), its source, the stretch of the
 * source's log it covers ({@code fromPos} to {@code toPos}), how far the source holds this site's log
 * ({@code acknowledges}), and the operations to apply, as the checks accepted them.
 */
public record IncomingBatch(String id, String source, long fromPos, long toPos, long acknowledges,
        List<AcceptedOperation> operations) {
    public IncomingBatch {
        operations = List.copyOf(operations);
    }
}
