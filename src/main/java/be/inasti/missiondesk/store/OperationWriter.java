package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.FIELD_VERSION;
import static be.inasti.missiondesk.store.schema.Tables.OPERATION;

import be.inasti.missiondesk.domain.mission.Stamp;
import be.inasti.missiondesk.store.schema.tables.records.OperationRecord;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Appends the operations of local changes to the log, inside the transaction that makes the changes, so a change
 * and its operation are stored together or not at all. Each gets the next sequence number of this site and a
 * hybrid-logical-clock value above every one seen so far.
 */
final class OperationWriter {
    private final DSLContext db;
    private final Stamp stamp;
    private final HybridClock clock;
    private long nextSeq;
    private final List<OperationRecord> pending = new ArrayList<>();

    OperationWriter(DSLContext db, Stamp stamp) {
        this.db = db;
        this.stamp = stamp;
        this.clock = HybridClock.load(db);
        Long last = db.select(DSL.max(OPERATION.ORIGIN_SEQ)).from(OPERATION).where(OPERATION.ORIGIN.eq(stamp.site()))
                .fetchOne(0, Long.class);
        this.nextSeq = last == null ? 1 : last + 1;
    }

    void created(String entity, String entityId, String missionId, Record columns) {
        add(entity, entityId, missionId, Operation.CREATE, null, Columns.toJson(columns));
    }

    /** A field changed here: logged, and this write becomes the field's version for last-writer-wins merges. */
    void changed(String entity, String entityId, String missionId, String field, Object oldValue, Object newValue) {
        OperationRecord op = add(entity, entityId, missionId, field, Columns.encode(oldValue), Columns.encode(newValue));
        db.insertInto(FIELD_VERSION)
                .set(FIELD_VERSION.ENTITY, entity).set(FIELD_VERSION.ENTITY_ID, entityId)
                .set(FIELD_VERSION.FIELD, field).set(FIELD_VERSION.HLC, op.getHlc())
                .set(FIELD_VERSION.ORIGIN, stamp.site()).set(FIELD_VERSION.AUTHOR, stamp.author())
                .onConflict(FIELD_VERSION.ENTITY, FIELD_VERSION.ENTITY_ID, FIELD_VERSION.FIELD).doUpdate()
                .set(FIELD_VERSION.HLC, op.getHlc()).set(FIELD_VERSION.ORIGIN, stamp.site())
                .set(FIELD_VERSION.AUTHOR, stamp.author())
                .execute();
    }

    /** Something only the history keeps (the event fired, a reason): travels so every history is complete. */
    void noted(String missionId, String field, String value) {
        add(Operation.MISSION, missionId, missionId, "@" + field, null, value);
    }

    private OperationRecord add(String entity, String entityId, String missionId, String field, String oldValue,
            String newValue) {
        OperationRecord r = db.newRecord(OPERATION);
        r.setOrigin(stamp.site());
        r.setOriginSeq(nextSeq++);
        r.setHlc(clock.tick(stamp.at()));
        r.setAuthor(stamp.author());
        r.setRecordedAt(stamp.at());
        r.setEntity(entity);
        r.setEntityId(entityId);
        r.setMissionId(missionId);
        r.setField(field);
        r.setOldValue(oldValue);
        r.setNewValue(newValue);
        pending.add(r);
        return r;
    }

    /** Writes the collected operations in one batch and remembers the clock. */
    void flush() {
        if (!pending.isEmpty()) {
            Batches.insert(db, OPERATION, pending);
            pending.clear();
        }
        clock.save(db);
    }
}
