package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.CLOCK;
import static be.inasti.missiondesk.store.schema.Tables.CONFLICT;
import static be.inasti.missiondesk.store.schema.Tables.FIELD_VERSION;
import static be.inasti.missiondesk.store.schema.Tables.HISTORY;
import static be.inasti.missiondesk.store.schema.Tables.MISSION;
import static be.inasti.missiondesk.store.schema.Tables.OPERATION;

import be.inasti.missiondesk.domain.mission.Change;
import be.inasti.missiondesk.domain.mission.ChangeKind;
import be.inasti.missiondesk.domain.mission.Stamp;
import be.inasti.missiondesk.store.schema.tables.records.FieldVersionRecord;
import be.inasti.missiondesk.store.schema.tables.records.HistoryRecord;
import be.inasti.missiondesk.store.schema.tables.records.OperationRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Applies operations received from another site, inside the import's transaction. Each field is a
 * last-writer-wins register ordered by (hybrid logical clock, site id), so every site that has seen the same
 * operations holds the same values, whatever the order they came in. When the two sides changed the same field
 * since they last synchronised, the losing value goes to the conflicts table: nothing is silently lost.
 */
final class OperationApplier implements AutoCloseable {
    enum Result { APPLIED, ALREADY_HELD, KEPT_LOCAL }

    private static final Comparator<Version> ORDER = Comparator.comparingLong(Version::hlc)
            .thenComparing(Version::origin);
    private static final Version NEVER_CHANGED = new Version(0, "", "");
    private static final Map<String, ChangeKind> MISSION_KINDS = Map.of("status", ChangeKind.STATUS,
            "outcome", ChangeKind.OUTCOME, "assignee", ChangeKind.ASSIGNEE, "office", ChangeKind.OFFICE,
            "notes", ChangeKind.NOTE, "@event", ChangeKind.TRANSITION, "@reason", ChangeKind.NOTE,
            "@comment", ChangeKind.NOTE);
    private static final Map<String, ChangeKind> CLOCK_KINDS = Map.of(Operation.CREATE, ChangeKind.CLOCK_STARTED,
            "stopped_on", ChangeKind.CLOCK_STOPPED, "cancelled", ChangeKind.CLOCK_CANCELLED);
    /**
     * Columns written with another one that the history already tells: a clock's office at stop goes with its
     * stop, and the site that stopped it kept no row of its own for it either.
     */
    private static final Set<String> UNTOLD = Set.of(CLOCK.STOPPED_OFFICE.getName());

    private record Version(long hlc, String origin, String author) {
    }

    private final DSLContext db;
    private final HybridClock clock;
    private final Instant now;
    /**
     * (origin, sequence) of the operations of the chunk at hand held here, those of earlier chunks included (their
     * log rows are written before the next chunk is read): read once per chunk, not queried once per operation.
     */
    private final Set<String> held = new HashSet<>();
    /** Log and history rows are only appended, and nothing reads them while a chunk is applied: written in batches. */
    private final List<OperationRecord> logged = new ArrayList<>();
    private final List<HistoryRecord> history = new ArrayList<>();
    private final IfAbsentInserter created;
    /**
     * The creates of the chunk not yet inserted, in the order they came: inserted together (missions before the
     * clocks that refer to them) before any other operation is applied and at the chunk's end.
     */
    private final List<Create> creates = new ArrayList<>();
    /**
     * Whether creates wait for their chunk: a server answers each statement over a connection (sync import 38 → 28 s
     * at 100 000 missions batched); SQLite, in the process, was slower batched (3.0 s against 2.7 s one by one).
     */
    private final boolean batchedCreates;
    private final int[] counts = new int[Result.values().length];

    private record Create(Operation op, Table<?> table, Object[] row) {
    }

    OperationApplier(DSLContext db, HybridClock clock, Instant now) {
        this.db = db;
        this.clock = clock;
        this.now = now;
        this.created = new IfAbsentInserter(db);
        this.batchedCreates = Engine.of(db) == Engine.POSTGRESQL;
    }

    /**
     * Reads which operations of the chunk about to be applied are held here already: for each origin, its sequence
     * numbers in chunks of {@link InChunks}' size, on the origin's index. Call before applying the chunk, after
     * {@link #flush}ing the one before.
     */
    void readHeld(List<AcceptedOperation> chunk) {
        held.clear();
        Map<String, List<Long>> byOrigin = new HashMap<>();
        for (AcceptedOperation accepted : chunk) {
            Operation op = accepted.operation();
            byOrigin.computeIfAbsent(op.origin(), o -> new ArrayList<>()).add(op.originSeq());
        }
        byOrigin.forEach((origin, seqs) -> {
            for (int from = 0; from < seqs.size(); from += InChunks.SIZE) {
                PlainRows.forEach(db, db.select(OPERATION.ORIGIN, OPERATION.ORIGIN_SEQ).from(OPERATION)
                        .where(OPERATION.ORIGIN.eq(origin))
                        .and(OPERATION.ORIGIN_SEQ.in(seqs.subList(from, Math.min(seqs.size(), from + InChunks.SIZE)))),
                        r -> key(r.getString(1), r.getLong(2)), held::add);
            }
        });
    }

    private static String key(String origin, long seq) {
        return origin + ' ' + seq;
    }

    /** Applies an operation, or holds a create back to be inserted with the others of its chunk. */
    void apply(AcceptedOperation accepted) {
        Operation op = accepted.operation();
        if (!held.add(key(op.origin(), op.originSeq()))) {
            counts[Result.ALREADY_HELD.ordinal()]++;
            return;
        }
        log(op);
        clock.witness(op.hlc());
        if (op.createsEntity()) {
            Table<?> table = tableOf(op.entity());
            Object[] row = accepted.columns().row();
            created.add(table, row);
            creates.add(new Create(op, table, row));
            if (!batchedCreates) {
                insertCreates();
            }
            return;
        }
        insertCreates();  // a change or a history row may be about an entity created just before
        if (op.historyOnly()) {
            history(op, op.field().substring(1), op.oldValue(), op.newValue());
            counts[Result.APPLIED.ordinal()]++;
        } else {
            counts[change(op).ordinal()]++;
        }
    }

    /** How many operations had each result. */
    int count(Result result) {
        return counts[result.ordinal()];
    }

    private void log(Operation op) {
        OperationRecord r = db.newRecord(OPERATION);
        r.setOrigin(op.origin());
        r.setOriginSeq(op.originSeq());
        r.setHlc(op.hlc());
        r.setAuthor(op.author());
        r.setRecordedAt(op.recordedAt());
        r.setEntity(op.entity());
        r.setEntityId(op.entityId());
        r.setMissionId(op.missionId());
        r.setField(op.field());
        r.setOldValue(op.oldValue());
        r.setNewValue(op.newValue());
        logged.add(r);
    }

    /** Writes the creates, log and history rows collected; call before the transaction commits. */
    void flush() {
        insertCreates();
        Batches.insert(db, OPERATION, logged);
        Batches.insert(db, HISTORY, history);
        logged.clear();
        history.clear();
    }

    /** Releases the statements of the rows created; the transaction may end after. */
    @Override
    public void close() {
        created.close();
    }

    /**
     * Inserts the creates held back, missions first, and tells each one's history in the order they came; a row
     * already there (sent twice, or created here too) was held.
     */
    private void insertCreates() {
        if (creates.isEmpty()) {
            return;
        }
        Map<Table<?>, boolean[]> inserted = Map.of(MISSION, created.insertAdded(MISSION),
                CLOCK, created.insertAdded(CLOCK));
        Map<Table<?>, Integer> next = new HashMap<>();
        for (Create create : creates) {
            int index = next.merge(create.table(), 1, Integer::sum) - 1;
            boolean applied = inserted.get(create.table())[index];
            counts[(applied ? Result.APPLIED : Result.ALREADY_HELD).ordinal()]++;
            if (applied) {
                createdHistory(create);
            }
        }
        creates.clear();
    }

    private void createdHistory(Create create) {
        Object[] row = create.row();
        if (create.table() == MISSION) {
            history(create.op(), "type", null, (String) row[MISSION.indexOf(MISSION.TYPE)]);
        } else {
            history(create.op(), (String) row[CLOCK.indexOf(CLOCK.OBJECTIVE_CODE)], null,
                    Columns.encode(row[CLOCK.indexOf(CLOCK.DUE_ON)]));
        }
    }

    private Result change(Operation op) {
        Table<?> table = tableOf(op.entity());
        Field<?> field = columnOf(table, op.field());
        Record current = db.select(field).from(table).where(idOf(table).eq(op.entityId())).fetchOne();
        if (current == null) {
            throw new IllegalArgumentException(op.entity() + " " + op.entityId() + " is not held here");
        }
        String local = Columns.encode(current.get(field));
        Version localVersion = version(op);
        Version remote = new Version(op.hlc(), op.origin(), op.author());
        if (ORDER.compare(remote, localVersion) <= 0) {
            if (!Objects.equals(local, op.newValue())) {
                conflict(op, local, localVersion, op.newValue(), remote);
            }
            return Result.KEPT_LOCAL;
        }
        if (!Objects.equals(local, op.oldValue()) && !Objects.equals(local, op.newValue())) {
            conflict(op, op.newValue(), remote, local, localVersion);
        }
        write(table, field, op);
        if (!UNTOLD.contains(op.field())) {
            history(op, fieldLabel(op), op.oldValue(), op.newValue());
        }
        return Result.APPLIED;
    }

    @SuppressWarnings("unchecked")
    private void write(Table<?> table, Field<?> field, Operation op) {
        var update = db.update(table).set((Field<Object>) field, Columns.decode(field, op.newValue()));
        if (table == MISSION) {
            update.set(MISSION.UPDATED_AT, op.recordedAt()).where(MISSION.ID.eq(op.entityId())).execute();
        } else {
            update.where(idOf(table).eq(op.entityId())).execute();
        }
        db.insertInto(FIELD_VERSION)
                .set(FIELD_VERSION.ENTITY, op.entity()).set(FIELD_VERSION.ENTITY_ID, op.entityId())
                .set(FIELD_VERSION.FIELD, op.field()).set(FIELD_VERSION.HLC, op.hlc())
                .set(FIELD_VERSION.ORIGIN, op.origin()).set(FIELD_VERSION.AUTHOR, op.author())
                .onConflict(FIELD_VERSION.ENTITY, FIELD_VERSION.ENTITY_ID, FIELD_VERSION.FIELD).doUpdate()
                .set(FIELD_VERSION.HLC, op.hlc()).set(FIELD_VERSION.ORIGIN, op.origin())
                .set(FIELD_VERSION.AUTHOR, op.author())
                .execute();
    }

    private Version version(Operation op) {
        FieldVersionRecord v = db.selectFrom(FIELD_VERSION).where(FIELD_VERSION.ENTITY.eq(op.entity())
                .and(FIELD_VERSION.ENTITY_ID.eq(op.entityId())).and(FIELD_VERSION.FIELD.eq(op.field()))).fetchOne();
        return v == null ? NEVER_CHANGED : new Version(v.getHlc(), v.getOrigin(), v.getAuthor());
    }

    private void conflict(Operation op, String kept, Version keptBy, String lost, Version lostBy) {
        db.insertInto(CONFLICT)
                .set(CONFLICT.ENTITY, op.entity()).set(CONFLICT.ENTITY_ID, op.entityId())
                .set(CONFLICT.MISSION_ID, op.missionId()).set(CONFLICT.FIELD, op.field())
                .set(CONFLICT.KEPT_VALUE, kept).set(CONFLICT.KEPT_ORIGIN, keptBy.origin())
                .set(CONFLICT.KEPT_AUTHOR, keptBy.author()).set(CONFLICT.KEPT_HLC, keptBy.hlc())
                .set(CONFLICT.LOST_VALUE, lost).set(CONFLICT.LOST_ORIGIN, lostBy.origin())
                .set(CONFLICT.LOST_AUTHOR, lostBy.author()).set(CONFLICT.LOST_HLC, lostBy.hlc())
                .set(CONFLICT.DETECTED_AT, now)
                .execute();
    }

    /** The history row every installation keeps of a change, whoever made it. */
    private void history(Operation op, String field, String oldValue, String newValue) {
        Map<String, ChangeKind> kinds = Operation.MISSION.equals(op.entity()) ? MISSION_KINDS : CLOCK_KINDS;
        ChangeKind kind = op.createsEntity() && Operation.MISSION.equals(op.entity())
                ? ChangeKind.CREATED : kinds.getOrDefault(op.field(), ChangeKind.FIELD);
        history.add(MissionStore.historyRecord(db, op.missionId(), new Stamp(op.recordedAt(), op.author(),
                op.origin()), new Change(kind, field, oldValue, newValue)));
    }

    /** A clock's history row names its objective, as local rows do. */
    private String fieldLabel(Operation op) {
        if (Operation.MISSION.equals(op.entity())) {
            return op.field();
        }
        return db.select(CLOCK.OBJECTIVE_CODE).from(CLOCK).where(CLOCK.ID.eq(op.entityId())).fetchOne(CLOCK.OBJECTIVE_CODE);
    }

    static Table<?> tableOf(String entity) {
        return switch (entity) {
            case Operation.MISSION -> MISSION;
            case Operation.CLOCK -> CLOCK;
            default -> throw new IllegalArgumentException("unknown entity '" + entity + "'");
        };
    }

    @SuppressWarnings("unchecked")
    private static TableField<?, String> idOf(Table<?> table) {
        return (TableField<?, String>) table.field("id");
    }

    static Field<?> columnOf(Table<?> table, String name) {
        Field<?> field = table.field(name);
        if (field == null || name.equals("id") || Columns.isDerived(name)) {
            throw new IllegalArgumentException("unknown field '" + name + "' of " + table.getName());
        }
        return field;
    }
}
