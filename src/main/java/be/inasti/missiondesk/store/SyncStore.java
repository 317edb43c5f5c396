package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.APPLIED_BATCH;
import static be.inasti.missiondesk.store.schema.Tables.CLOCK;
import static be.inasti.missiondesk.store.schema.Tables.CONFLICT;
import static be.inasti.missiondesk.store.schema.Tables.FIELD_VERSION;
import static be.inasti.missiondesk.store.schema.Tables.MISSION;
import static be.inasti.missiondesk.store.schema.Tables.OPERATION;
import static be.inasti.missiondesk.store.schema.Tables.PARTNER;
import static be.inasti.missiondesk.store.schema.Tables.SETTING;
import static be.inasti.missiondesk.store.schema.Tables.SITE;

import be.inasti.missiondesk.domain.mission.Change;
import be.inasti.missiondesk.domain.mission.ChangeKind;
import be.inasti.missiondesk.domain.mission.Stamp;
import be.inasti.missiondesk.domain.sync.Conflict;
import be.inasti.missiondesk.domain.sync.Partner;
import be.inasti.missiondesk.domain.sync.Site;
import be.inasti.missiondesk.store.schema.tables.records.SiteRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Sites, partners, the operation log as sync reads it, batches applied, and conflicts. */
public final class SyncStore {
    /**
     * The log read along its positions. Left to itself SQLite reads an export's own operations through the
     * (origin, origin_seq) index and sorts them again: nearly twice the time of walking the table by position.
     */
    private static final Table<?> LOG_IN_ORDER = EngineSql.table(DSL.table("{0} NOT INDEXED", OPERATION), OPERATION);

    /**
     * An operation as JSON, written by the database: in C and straight from its pages, it costs no more than reading
     * the columns into Java, where writing the JSON took as long again. {@code recorded_at} (epoch milliseconds) is
     * written as {@link Instant#toString()} writes it: the fraction only when there is one, in three digits. SQLite's
     * {@code json_object} writes it compact; PostgreSQL's {@code json_build_object} puts spaces around the colons,
     * so there the members are joined as text, each value written by {@code to_json}: the same bytes on both. Text,
     * not {@code bytea}: the driver hands over a text column's bytes as they came (UTF-8), where a {@code bytea}
     * comes hex-encoded, twice the size, and its decoding took two fifths of the export's time.
     */
    private static final Field<byte[]> AS_JSON = EngineSql.field(
            DSL.function("json_object", byte[].class, members(DSL.field(
                    "strftime('%Y-%m-%dT%H:%M:%S', {0} / 1000, 'unixepoch')"
                    + " || CASE WHEN {0} % 1000 = 0 THEN 'Z' ELSE printf('.%03dZ', {0} % 1000) END", String.class,
                    OPERATION.RECORDED_AT)).stream().flatMap(m -> Stream.of(DSL.inline(m.getKey()), m.getValue()))
                    .toArray(Field<?>[]::new)),
            postgresJson(members(DSL.field("to_char(to_timestamp({0} / 1000) AT TIME ZONE 'UTC', "
                    + "'YYYY-MM-DD\"T\"HH24:MI:SS') || CASE WHEN {0} % 1000 = 0 THEN 'Z' "
                    + "ELSE '.' || lpad(({0} % 1000)::text, 3, '0') || 'Z' END", String.class,
                    OPERATION.RECORDED_AT))));

    /** The JSON object's names and values, in order; the same on both engines but for how the instant is written. */
    private static List<Map.Entry<String, Field<?>>> members(Field<String> recordedAt) {
        return List.of(Map.entry("origin", OPERATION.ORIGIN), Map.entry("originSeq", OPERATION.ORIGIN_SEQ),
                Map.entry("hlc", OPERATION.HLC), Map.entry("author", OPERATION.AUTHOR),
                Map.entry("recordedAt", recordedAt), Map.entry("entity", OPERATION.ENTITY),
                Map.entry("entityId", OPERATION.ENTITY_ID), Map.entry("missionId", OPERATION.MISSION_ID),
                Map.entry("field", OPERATION.FIELD), Map.entry("oldValue", OPERATION.OLD_VALUE),
                Map.entry("newValue", OPERATION.NEW_VALUE));
    }

    private static Field<byte[]> postgresJson(List<Map.Entry<String, Field<?>>> members) {
        StringBuilder sql = new StringBuilder("'{'");
        for (int i = 0; i < members.size(); i++) {
            sql.append(" || '").append(i == 0 ? "" : ",").append('"').append(members.get(i).getKey()).append("\":' || ")
                    .append("coalesce(to_json({").append(i).append("})::text, 'null')");
        }
        return DSL.field(sql.append(" || '}'").toString(), byte[].class,
                members.stream().map(Map.Entry::getValue).toArray(QueryPart[]::new));
    }

    private static final PlainRows.RowReader<Map.Entry<String, String>> PAIR =
            row -> Map.entry(row.getString(1), row.getString(2));

    private final DSLContext dsl;

    public SyncStore(Database database) {
        this(database.dsl());
    }

    private SyncStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Runs many reads on one connection, in one read transaction: each read on its own opens and configures a
     * connection of its own (an import's checks read twice per chunk of operations).
     */
    public <T> T reading(Function<SyncStore, T> reads) {
        return dsl.transactionResult(tx -> reads.apply(new SyncStore(tx.dsl())));
    }

    /**
     * Makes this installation a site: its public keys, and its id on every change from now on. Changes made before
     * (under the provisional id) become the site's own, so they travel with its first batch.
     */
    public void initSelf(Site site, String provisionalId, Instant at) {
        Transactions.write(dsl, tx -> {
            tx.dsl().update(OPERATION).set(OPERATION.ORIGIN, site.id()).where(OPERATION.ORIGIN.eq(provisionalId))
                    .execute();
            tx.dsl().update(FIELD_VERSION).set(FIELD_VERSION.ORIGIN, site.id())
                    .where(FIELD_VERSION.ORIGIN.eq(provisionalId)).execute();
            SiteRecord r = siteRecord(tx.dsl(), site, at);
            r.setIsSelf(true);
            r.insert();
            tx.dsl().insertInto(SETTING, SETTING.KEY, SETTING.VALUE).values("site.id", site.id())
                    .onConflict(SETTING.KEY).doUpdate().set(SETTING.VALUE, site.id()).execute();
        });
    }

    public Optional<Site> self() {
        return dsl.selectFrom(SITE).where(SITE.IS_SELF.isTrue()).fetchOptional(SyncStore::siteOf);
    }

    /** A site's new public keys: this site's after a rotation, or a partner's its batch announced. */
    public void replaceKeys(Site site) {
        replaceKeys(dsl, site);
    }

    private static void replaceKeys(DSLContext db, Site site) {
        db.update(SITE).set(SITE.SIGNING_KEY, site.signingKey()).set(SITE.AGREEMENT_KEY, site.agreementKey())
                .where(SITE.ID.eq(site.id())).execute();
    }

    public Optional<Site> site(String id) {
        return dsl.selectFrom(SITE).where(SITE.ID.eq(id)).fetchOptional(SyncStore::siteOf);
    }

    public List<Site> partners() {
        return dsl.selectFrom(SITE).where(SITE.IS_SELF.isFalse()).orderBy(SITE.ID).fetch(SyncStore::siteOf);
    }

    public void register(Site site, Instant at) {
        Transactions.write(dsl, tx -> {
            siteRecord(tx.dsl(), site, at).insert();
            tx.dsl().insertInto(PARTNER).set(PARTNER.SITE_ID, site.id()).execute();
        });
    }

    public Partner partner(String siteId) {
        Site site = site(siteId).orElseThrow(() -> new IllegalArgumentException("no site " + siteId));
        return dsl.selectFrom(PARTNER).where(PARTNER.SITE_ID.eq(siteId)).fetchOne(p -> new Partner(site,
                p.getExportedPos(), p.getAcknowledgedPos(), p.getAppliedPos(), p.getLastExportAt(),
                p.getLastImportAt()));
    }

    /** The last position of this installation's operation log (0 when empty). */
    public long lastPosition() {
        Long pos = dsl.select(DSL.max(OPERATION.POS)).from(OPERATION).fetchOne(0, Long.class);
        return pos == null ? 0 : pos;
    }

    /** Operations recorded here that no partner has acknowledged: the local changes not yet held centrally. */
    public int unacknowledgedOwnOperations(String self) {
        Long acked = dsl.select(DSL.max(PARTNER.ACKNOWLEDGED_POS)).from(PARTNER).fetchOne(0, Long.class);
        return dsl.fetchCount(OPERATION, OPERATION.ORIGIN.eq(self).and(OPERATION.POS.gt(acked == null ? 0 : acked)));
    }

    /**
     * Operations at positions (after, upTo] to send to a site: never its own; only this site's own when
     * {@code ownOnly} (a desk sends its work to the centre); for an office (the centre writing to a desk), those
     * of missions held by that office or moved to or from it, with the whole past of a mission newly moved there.
     * Each is handed over in log order as it is read, as JSON.
     */
    public void toExport(String destination, long after, long upTo, boolean ownOnly, String self,
            Optional<String> office, Consumer<JsonOperation> each) {
        Condition range = OPERATION.POS.gt(after).and(OPERATION.POS.le(upTo)).and(OPERATION.ORIGIN.ne(destination));
        Condition c = ownOnly ? range.and(OPERATION.ORIGIN.eq(self)) : range;
        if (office.isPresent()) {
            var movedHere = DSL.select(OPERATION.MISSION_ID).from(OPERATION).where(range
                    .and(OPERATION.FIELD.eq("office")).and(OPERATION.NEW_VALUE.eq(office.get())));
            var movedAway = DSL.select(OPERATION.MISSION_ID).from(OPERATION).where(range
                    .and(OPERATION.FIELD.eq("office")).and(OPERATION.OLD_VALUE.eq(office.get())));
            var held = DSL.select(MISSION.ID).from(MISSION).where(MISSION.OFFICE.eq(office.get()));
            Condition wholePast = OPERATION.POS.le(upTo).and(OPERATION.ORIGIN.ne(destination))
                    .and(OPERATION.MISSION_ID.in(movedHere));
            c = c.and(OPERATION.MISSION_ID.in(held).or(OPERATION.MISSION_ID.in(movedAway))).or(wholePast);
        }
        PlainRows.forEach(dsl, dsl.select(AS_JSON, OPERATION.MISSION_ID).from(LOG_IN_ORDER).where(c)
                .orderBy(OPERATION.POS), r -> new JsonOperation(r.getString(2), r.getBytes(1)), each);
    }

    public void markExported(String destination, long upTo, Instant at) {
        dsl.update(PARTNER).set(PARTNER.EXPORTED_POS, upTo).set(PARTNER.LAST_EXPORT_AT, at)
                .where(PARTNER.SITE_ID.eq(destination)).execute();
    }

    public boolean batchApplied(String batchId) {
        return dsl.fetchExists(APPLIED_BATCH, APPLIED_BATCH.ID.eq(batchId));
    }

    /**
     * The office of each of these missions held here (those not held are absent): read in chunks on one
     * connection, as an import asks it of every mission its batch names.
     */
    public Map<String, String> missionOffices(Collection<String> missionIds) {
        return pairs(PlainRows.readInChunks(dsl, missionIds, chunk -> dsl.select(MISSION.ID, MISSION.OFFICE)
                .from(MISSION).where(MISSION.ID.in(chunk)), PAIR));
    }

    /** The mission each of these clocks belongs to here (clocks not held here are absent). */
    public Map<String, String> clockMissions(Collection<String> clockIds) {
        return pairs(PlainRows.readInChunks(dsl, clockIds, chunk -> dsl.select(CLOCK.ID, CLOCK.MISSION_ID)
                .from(CLOCK).where(CLOCK.ID.in(chunk)), PAIR));
    }

    private static Map<String, String> pairs(List<Map.Entry<String, String>> rows) {
        Map<String, String> map = HashMap.newHashMap(rows.size());
        rows.forEach(row -> map.put(row.getKey(), row.getValue()));
        return map;
    }

    /** Whether this very operation, named by its origin and sequence number, is held here already. */
    public boolean operationHeld(String origin, long originSeq) {
        return dsl.fetchExists(OPERATION, OPERATION.ORIGIN.eq(origin).and(OPERATION.ORIGIN_SEQ.eq(originSeq)));
    }

    /**
     * Applies a batch in one transaction: its operations, a chunk at a time, the partner's positions (what it sent,
     * what it says it holds of ours) and the batch id, so a replay is recognised. Whatever fails on the way, in the
     * last chunk as in the first, rolls the whole batch back.
     */
    public ApplyReport apply(IncomingBatch batch, Instant at) {
        return Transactions.writeResult(dsl, tx -> {
            DSLContext db = tx.dsl();
            HybridClock clock = HybridClock.load(db);
            int conflictsBefore = db.fetchCount(CONFLICT);
            OperationApplier applier = new OperationApplier(db, clock, at);
            try (applier) {
                batch.operations().forEachChunk(chunk -> {
                    applier.readHeld(chunk);
                    chunk.forEach(applier::apply);
                    applier.flush();
                });
            }
            clock.save(db);
            db.update(PARTNER)
                    .set(PARTNER.APPLIED_POS, DSL.greatest(PARTNER.APPLIED_POS, DSL.val(batch.toPos())))
                    .set(PARTNER.ACKNOWLEDGED_POS,
                            DSL.greatest(PARTNER.ACKNOWLEDGED_POS, DSL.val(batch.acknowledges())))
                    .set(PARTNER.LAST_IMPORT_AT, at)
                    .where(PARTNER.SITE_ID.eq(batch.source())).execute();
            batch.rotatedSource().ifPresent(source -> replaceKeys(db, source));
            db.insertInto(APPLIED_BATCH).set(APPLIED_BATCH.ID, batch.id()).set(APPLIED_BATCH.SOURCE, batch.source())
                    .set(APPLIED_BATCH.FROM_POS, batch.fromPos()).set(APPLIED_BATCH.TO_POS, batch.toPos())
                    .set(APPLIED_BATCH.APPLIED_AT, at).execute();
            return new ApplyReport(applier.count(OperationApplier.Result.APPLIED),
                    applier.count(OperationApplier.Result.ALREADY_HELD),
                    applier.count(OperationApplier.Result.KEPT_LOCAL), db.fetchCount(CONFLICT) - conflictsBefore);
        });
    }

    public List<Conflict> conflicts(boolean openOnly) {
        Condition c = openOnly ? CONFLICT.RESOLUTION.isNull() : DSL.noCondition();
        return dsl.selectFrom(CONFLICT).where(c).orderBy(CONFLICT.ID).fetch(r -> new Conflict(r.getId(),
                r.getEntity(), r.getEntityId(), r.getMissionId(), r.getField(), r.getKeptValue(), r.getKeptOrigin(),
                r.getKeptAuthor(), r.getLostValue(), r.getLostOrigin(), r.getLostAuthor(), r.getDetectedAt(),
                r.getResolution()));
    }

    /**
     * Writes a conflict's losing value back as a new local change (logged, versioned, in the history) and closes
     * the conflict; the change reaches the other sites with the next batch.
     */
    @SuppressWarnings("unchecked")
    public void flip(Conflict conflict, Stamp stamp) {
        Transactions.write(dsl, tx -> {
            DSLContext db = tx.dsl();
            Table<?> table = OperationApplier.tableOf(conflict.entity());
            Field<Object> field = (Field<Object>) OperationApplier.columnOf(table, conflict.field());
            Field<String> id = table.field("id", String.class);
            Object current = db.select(field).from(table).where(id.eq(conflict.entityId())).fetchOne(field);
            Object restored = Columns.decode(field, conflict.lostValue());
            db.update(table).set(field, restored).where(id.eq(conflict.entityId())).execute();
            OperationWriter operations = new OperationWriter(db, stamp);
            operations.changed(conflict.entity(), conflict.entityId(), conflict.missionId(), conflict.field(), current,
                    restored);
            operations.flush();
            MissionStore.historyRecord(db, conflict.missionId(), stamp, new Change(ChangeKind.FIELD,
                    conflict.field(), Columns.encode(current), conflict.lostValue())).insert();
            db.update(CONFLICT).set(CONFLICT.RESOLUTION, "FLIPPED").where(CONFLICT.ID.eq(conflict.id())).execute();
        });
    }

    public void resolve(long conflictId, String resolution) {
        dsl.update(CONFLICT).set(CONFLICT.RESOLUTION, resolution).where(CONFLICT.ID.eq(conflictId)).execute();
    }

    private static SiteRecord siteRecord(DSLContext db, Site site, Instant at) {
        SiteRecord r = db.newRecord(SITE);
        r.setId(site.id());
        r.setOffice(site.office());
        r.setRole(site.role());
        r.setSigningKey(site.signingKey());
        r.setAgreementKey(site.agreementKey());
        r.setIsSelf(false);
        r.setRegisteredAt(at);
        return r;
    }

    private static Site siteOf(SiteRecord r) {
        return new Site(r.getId(), r.getOffice(), r.getRole(), r.getSigningKey(), r.getAgreementKey());
    }
}
