package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.CLOCK;
import static be.inasti.missiondesk.store.schema.Tables.HISTORY;
import static be.inasti.missiondesk.store.schema.Tables.MISSION;

import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.mission.Change;
import be.inasti.missiondesk.domain.mission.ChangeKind;
import be.inasti.missiondesk.domain.mission.HistoryEntry;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.Stamp;
import be.inasti.missiondesk.domain.workflow.Recorded;
import be.inasti.missiondesk.store.schema.tables.records.ClockRecord;
import be.inasti.missiondesk.store.schema.tables.records.HistoryRecord;
import be.inasti.missiondesk.store.schema.tables.records.MissionRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Missions, their clocks and their history. Every write goes with its history rows in one transaction: nothing
 * is changed in place without a row saying who changed what, old → new.
 */
public final class MissionStore {
    private static final int BATCH = 2_000;

    private final DSLContext dsl;
    private final MissionReader reader;

    public MissionStore(Database database, Catalogue catalogue) {
        this.dsl = database.dsl();
        this.reader = new MissionReader(catalogue);
    }

    /** Stores new missions with their clocks, history and operations, all in one transaction. */
    public void insert(List<Recorded> created, Stamp stamp) {
        insert(created, stamp, Progress.NONE, Logging.LOGGED);
    }

    /** Whether new missions are work to synchronise, or demo data that must never reach another site. */
    public enum Logging { LOGGED, LOCAL_ONLY }

    /**
     * Stores many new missions in one transaction, in batches that report progress; a cancel rolls it all back,
     * so the store holds either every mission or none.
     */
    public void insert(List<Recorded> created, Stamp stamp, Progress progress, Logging logging) {
        Transactions.write(dsl, tx -> insertIn(tx.dsl(), created, stamp, progress, logging));
    }

    /** The same, inside a transaction another store opened (a flow file's missions go with its own rows). */
    static void insertIn(DSLContext db, List<Recorded> created, Stamp stamp, Progress progress, Logging logging) {
        OperationWriter operations = logging == Logging.LOGGED ? new OperationWriter(db, stamp) : null;
        for (int from = 0; from < created.size(); from += BATCH) {
            progress.checkCancelled();
            insertBatch(db, created.subList(from, Math.min(created.size(), from + BATCH)), stamp, operations);
            progress.worked(Math.min(created.size(), from + BATCH), created.size());
        }
    }

    private static void insertBatch(DSLContext db, List<Recorded> created, Stamp stamp, OperationWriter operations) {
        List<MissionRecord> missions = new ArrayList<>();
        List<ClockRecord> clocks = new ArrayList<>();
        List<HistoryRecord> history = new ArrayList<>();
        for (Recorded r : created) {
            missions.add(missionRecord(db, r.mission(), stamp, true));
            for (int seq = 0; seq < r.mission().clocks().size(); seq++) {
                DeadlineClock clock = r.mission().clocks().get(seq);
                clocks.add(clockRecord(db, r.mission().id(), seq, clock, officeIfStopped(clock, r.mission())));
            }
            r.changes().forEach(c -> history.add(historyRecord(db, r.mission().id().toString(), stamp, c)));
        }
        Batches.insert(db, MISSION, missions);
        Batches.insert(db, CLOCK, clocks);
        Batches.insert(db, HISTORY, history);
        if (operations != null) {
            missions.forEach(m -> operations.created(Operation.MISSION, m.getId(), m.getId(), m));
            clocks.forEach(c -> operations.created(Operation.CLOCK, c.getId(), c.getMissionId(), c));
            operations.flush();
        }
    }

    /**
     * Reads a mission, changes it and stores the change in one transaction, so that nothing written by another
     * window or command in between is lost (SQLite then refuses the write as busy, and nothing is stored). Returns
     * what changed; empty when there is no such mission.
     */
    public Optional<Recorded> change(UUID id, Function<Mission, Recorded> change, Stamp stamp) {
        return Transactions.writeResult(dsl, tx -> reader.read(tx.dsl(), MISSION.ID.eq(id.toString())).stream().findFirst()
                .map(before -> {
                    Recorded after = change.apply(before);
                    write(tx.dsl(), before, after, stamp);
                    return after;
                }));
    }

    /** Stores a changed mission: its row, clocks stopped or started, the history and the operations of the change. */
    public void update(Mission before, Recorded after, Stamp stamp) {
        Transactions.write(dsl, tx -> write(tx.dsl(), before, after, stamp));
    }

    private void write(DSLContext db, Mission before, Recorded after, Stamp stamp) {
        Mission mission = after.mission();
        OperationWriter operations = new OperationWriter(db, stamp);
        MissionRecord old = missionRecord(db, before, stamp, false);
        MissionRecord row = missionRecord(db, mission, stamp, false);
        row.changed(MISSION.ID, false);
        row.changed(MISSION.CREATED_AT, false);
        int updated = db.update(MISSION).set(row).where(MISSION.ID.eq(mission.id().toString())).execute();
        if (updated != 1) {
            throw new IllegalStateException("mission " + mission.id() + " is not in the store");
        }
        logChangedFields(operations, Operation.MISSION, old, row, mission.id().toString());
        saveClocks(db, before, mission, operations);
        List<HistoryRecord> history = new ArrayList<>();
        for (Change c : after.changes()) {
            history.add(historyRecord(db, mission.id().toString(), stamp, c));
            if (c.kind() == ChangeKind.TRANSITION || c.kind() == ChangeKind.NOTE) {
                operations.noted(mission.id().toString(), c.field(), c.newValue());
            }
        }
        Batches.insert(db, HISTORY, history);
        operations.flush();
    }

    /** Every column that differs, but the bookkeeping ones (id, created, updated) that each site sets itself. */
    private static void logChangedFields(OperationWriter operations, String entity, Record before, Record after,
            String missionId) {
        String id = after.get(0, String.class);
        for (Field<?> f : after.fields()) {
            String name = f.getName();
            boolean bookkeeping = name.equals("id") || name.endsWith("_at");
            if (!bookkeeping && !Objects.equals(before.get(f), after.get(f))) {
                operations.changed(entity, id, missionId, name, before.get(f), after.get(f));
            }
        }
    }

    /**
     * A clock stopped (or cancelled) now takes the office the mission is at now, which attainment per office counts
     * it for; one already stopped keeps the office it stopped in, whatever office the mission has moved to since.
     */
    private void saveClocks(DSLContext db, Mission before, Mission after, OperationWriter operations) {
        List<DeadlineClock> old = before.clocks();
        List<DeadlineClock> now = after.clocks();
        String missionId = after.id().toString();
        for (int seq = 0; seq < now.size(); seq++) {
            if (seq >= old.size()) {
                ClockRecord clock = clockRecord(db, after.id(), seq, now.get(seq),
                        officeIfStopped(now.get(seq), after));
                clock.insert();
                operations.created(Operation.CLOCK, clock.getId(), missionId, clock);
            } else if (!now.get(seq).equals(old.get(seq))) {
                String storedOffice = db.select(CLOCK.STOPPED_OFFICE).from(CLOCK)
                        .where(CLOCK.ID.eq(old.get(seq).id().toString())).fetchOne(CLOCK.STOPPED_OFFICE);
                boolean stopChanged = !Objects.equals(old.get(seq).stoppedOn(), now.get(seq).stoppedOn());
                ClockRecord clock = clockRecord(db, after.id(), seq, now.get(seq),
                        stopChanged ? officeIfStopped(now.get(seq), after) : storedOffice);
                db.update(CLOCK).set(CLOCK.STOPPED_ON, clock.getStoppedOn()).set(CLOCK.CANCELLED, clock.getCancelled())
                        .set(CLOCK.STOPPED_OFFICE, clock.getStoppedOffice())
                        .where(CLOCK.ID.eq(clock.getId())).execute();
                logChangedFields(operations, Operation.CLOCK,
                        clockRecord(db, after.id(), seq, old.get(seq), storedOffice), clock, missionId);
            }
        }
    }

    private static String officeIfStopped(DeadlineClock clock, Mission mission) {
        return clock.isOpen() ? null : mission.office().name();
    }

    public Optional<Mission> find(UUID id) {
        return missions(MISSION.ID.eq(id.toString())).stream().findFirst();
    }

    private List<Mission> missions(Condition condition) {
        return reader.read(dsl, condition);
    }

    public List<HistoryEntry> history(UUID missionId) {
        return dsl.selectFrom(HISTORY).where(HISTORY.MISSION_ID.eq(missionId.toString())).orderBy(HISTORY.ID)
                .fetch(h -> new HistoryEntry(h.getRecordedAt(), h.getAuthor(), h.getSite(),
                        new Change(ChangeKind.valueOf(h.getKind()), h.getField(), h.getOldValue(), h.getNewValue())));
    }

    public int count() {
        return dsl.fetchCount(MISSION);
    }

    /** Mission ids starting with a prefix, so that people can type the first characters of an id. */
    public List<UUID> idsStartingWith(String prefix) {
        return dsl.select(MISSION.ID).from(MISSION).where(MISSION.ID.startsWith(prefix.toLowerCase())).limit(2)
                .fetch(r -> UUID.fromString(r.value1()));
    }

    private static MissionRecord missionRecord(DSLContext db, Mission m, Stamp stamp, boolean created) {
        MissionRecord r = db.newRecord(MISSION);
        r.setId(m.id().toString());
        r.setType(m.type().code());
        r.setOffice(m.office().name());
        r.setAssignee(m.assignee());
        r.setStatus(m.status());
        r.setClosed(m.closed());
        r.setPriority(m.priority().name());
        r.setSubjectKind(m.subject().kind().name());
        r.setSubjectId(m.subject().identifier());
        r.setSubjectName(m.subject().name());
        r.setSource(m.source().name());
        r.setReceivedOn(m.receivedOn());
        r.setServiceObjective(m.serviceObjective());
        r.setOutcome(m.outcome() == null ? null : m.outcome().code());
        r.setNotes(m.notes());
        if (created) {
            r.setCreatedAt(stamp.at());
        }
        r.setUpdatedAt(stamp.at());
        return r;
    }

    private static ClockRecord clockRecord(DSLContext db, UUID missionId, int seq, DeadlineClock c,
            String stoppedOffice) {
        ClockRecord r = db.newRecord(CLOCK);
        r.setId(c.id().toString());
        r.setMissionId(missionId.toString());
        r.setSeq(seq);
        r.setObjectiveCode(c.objectiveCode());
        r.setCatalogueVersion(c.catalogueVersion());
        r.setStartedOn(c.startedOn());
        r.setDueOn(c.dueOn());
        r.setStoppedOn(c.stoppedOn());
        r.setCancelled(c.cancelled());
        r.setStoppedOffice(stoppedOffice);
        return r;
    }

    /** A history row, not yet stored; the id is left to SQLite. */
    static HistoryRecord historyRecord(DSLContext db, String missionId, Stamp stamp, Change c) {
        HistoryRecord r = db.newRecord(HISTORY);
        r.setMissionId(missionId);
        r.setRecordedAt(stamp.at());
        r.setAuthor(stamp.author());
        r.setSite(stamp.site());
        r.setKind(c.kind().name());
        r.setField(c.field());
        r.setOldValue(c.oldValue());
        r.setNewValue(c.newValue());
        return r;
    }
}
