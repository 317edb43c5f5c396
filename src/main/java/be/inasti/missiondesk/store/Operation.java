package be.inasti.missiondesk.store;

import java.time.Instant;

/**
 * One entry of the operation log: a field of a mission or clock changed from {@code oldValue} to {@code newValue}
 * ({@link #CREATE} creates the entity, its new value holding every column as JSON; fields starting with
 * {@code @} only leave a history row, e.g. the workflow event fired). {@code (origin, originSeq)} names the
 * operation on every installation; {@code hlc} orders concurrent writes (then {@code origin}).
 */
public record Operation(
        String origin,
        long originSeq,
        long hlc,
        String author,
        Instant recordedAt,
        String entity,
        String entityId,
        String missionId,
        String field,
        String oldValue,
        String newValue) {

    public static final String MISSION = "mission";
    public static final String CLOCK = "clock";
    public static final String CREATE = "*";

    public boolean createsEntity() {
        return CREATE.equals(field);
    }

    /** History-only fields (the event fired, a reassignment's reason) carry no state. */
    public boolean historyOnly() {
        return field.startsWith("@");
    }
}
