package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.FLOW_FILE;
import static be.inasti.missiondesk.store.schema.Tables.FLOW_KEY;

import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.flow.Affiliate;
import be.inasti.missiondesk.domain.flow.ImportedFile;
import be.inasti.missiondesk.domain.mission.Stamp;
import be.inasti.missiondesk.domain.workflow.Recorded;
import be.inasti.missiondesk.store.schema.tables.records.FlowFileRecord;
import be.inasti.missiondesk.store.schema.tables.records.FlowKeyRecord;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Imported flow files and the natural keys of their lines. A file's row, its missions (with clocks and history),
 * its keys and its affiliates are written in one transaction: a cancel or a failure leaves the store as it was.
 */
public final class FlowStore {
    private final DSLContext dsl;

    public FlowStore(Database database) {
        this.dsl = database.dsl();
    }

    public Optional<ImportedFile> findFile(String hash) {
        return dsl.selectFrom(FLOW_FILE).where(FLOW_FILE.HASH.eq(hash)).fetchOptional(FlowStore::importedFile);
    }

    /** Which of these natural keys of a flow kind are already in the store. */
    public Set<String> knownKeys(String kind, Collection<String> keys) {
        return new HashSet<>(PlainRows.readInChunks(dsl, keys, chunk -> dsl.select(FLOW_KEY.NATURAL_KEY)
                .from(FLOW_KEY).where(FLOW_KEY.KIND.eq(kind).and(FLOW_KEY.NATURAL_KEY.in(chunk))), r -> r.getString(1)));
    }

    /**
     * Records a file with what it brings, all or nothing: {@code brings} hands its missions and affiliates to the
     * writer in batches, inside the transaction, as it reads them; a cancel or a failure keeps none of them.
     */
    public void record(ImportedFile file, Stamp stamp, Progress progress, Consumer<Writer> brings) {
        try {
            Transactions.write(dsl, tx -> {
                DSLContext db = tx.dsl();
                fileRecord(db, file).insert();
                brings.accept(new Writer(db, file, stamp, progress));
            });
        } catch (IntegrityConstraintViolationException e) {
            throw new StoreException(e, "flow.importedMeanwhile");
        }
    }

    /**
     * Writes an import's batches in its transaction: missions through {@link MissionStore}'s batches with their
     * natural keys, affiliates in one upsert each; progress counts them against what the file brings.
     */
    public static final class Writer {
        private final DSLContext db;
        private final ImportedFile file;
        private final Stamp stamp;
        private final Progress progress;
        private int written;

        private Writer(DSLContext db, ImportedFile file, Stamp stamp, Progress progress) {
            this.db = db;
            this.file = file;
            this.stamp = stamp;
            this.progress = progress;
        }

        public void missions(List<FlowKey> keys, List<Recorded> missions) {
            progress.checkCancelled();
            MissionStore.insertIn(db, missions, stamp, Progress.NONE, MissionStore.Logging.LOGGED);
            Batches.insert(db, FLOW_KEY, keys.stream().map(k -> keyRecord(db, file, k)).toList());
            worked(missions.size());
        }

        public void affiliates(List<Affiliate> affiliates) {
            progress.checkCancelled();
            AffiliateStore.save(db, affiliates, file.hash());
            worked(affiliates.size());
        }

        private void worked(int count) {
            written += count;
            progress.worked(written, file.created());
        }
    }

    private static FlowFileRecord fileRecord(DSLContext db, ImportedFile file) {
        FlowFileRecord r = db.newRecord(FLOW_FILE);
        r.setHash(file.hash());
        r.setKind(file.kind());
        r.setFileName(file.fileName());
        r.setReceivedOn(file.receivedOn());
        r.setImportedAt(file.importedAt());
        r.setImportedBy(file.importedBy());
        r.setLines(file.lines());
        r.setCreated(file.created());
        r.setRejected(file.rejected());
        return r;
    }

    private static FlowKeyRecord keyRecord(DSLContext db, ImportedFile file, FlowKey key) {
        FlowKeyRecord r = db.newRecord(FLOW_KEY);
        r.setKind(file.kind());
        r.setNaturalKey(key.key());
        r.setFileHash(file.hash());
        r.setLineNo(key.line());
        r.setMissionId(key.missionId().toString());
        return r;
    }

    private static ImportedFile importedFile(FlowFileRecord r) {
        return new ImportedFile(r.getHash(), r.getKind(), r.getFileName(), r.getReceivedOn(), r.getImportedAt(),
                r.getImportedBy(), r.getLines(), r.getCreated(), r.getRejected());
    }
}
