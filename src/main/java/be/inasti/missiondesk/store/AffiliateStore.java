package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.AFFILIATE;

import be.inasti.missiondesk.domain.flow.Affiliate;
import be.inasti.missiondesk.store.schema.tables.records.AffiliateRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The affiliates the local store knows (imported from the caisses' lists), by NISS. */
public final class AffiliateStore {
    private final DSLContext dsl;

    public AffiliateStore(Database database) {
        this.dsl = database.dsl();
    }

    /** The known affiliates among these NISS digits. */
    public Map<String, Affiliate> find(Collection<String> niss) {
        Map<String, Affiliate> found = new HashMap<>();
        PlainRows.readInChunks(dsl, niss, chunk -> dsl.select(AFFILIATE.NISS, AFFILIATE.NAME, AFFILIATE.CAISSE,
                AFFILIATE.AFFILIATED_ON).from(AFFILIATE).where(AFFILIATE.NISS.in(chunk)), AffiliateStore::affiliateOf)
                .forEach(a -> found.put(a.niss(), a));
        return found;
    }

    /** A row of the select in {@link #find}; the date is stored as its epoch day. */
    private static Affiliate affiliateOf(ResultSet r) throws SQLException {
        return new Affiliate(r.getString(1), r.getString(2), r.getString(3), LocalDate.ofEpochDay(r.getLong(4)));
    }

    public int count() {
        return dsl.fetchCount(AFFILIATE);
    }

    /**
     * New NISS are added, known ones take the file's name, caisse and date (a person can change caisse); in one
     * batch: a statement rendered and run for each affiliate made a list of 25 000 take 2.5 times as long.
     */
    static void save(DSLContext db, List<Affiliate> affiliates, String fileHash) {
        Batches.upsert(db, AFFILIATE, AFFILIATE.NISS, affiliates.stream().map(a -> {
            AffiliateRecord r = db.newRecord(AFFILIATE);
            r.setNiss(a.niss());
            r.setName(a.name());
            r.setCaisse(a.caisse());
            r.setAffiliatedOn(a.affiliatedOn());
            r.setFileHash(fileHash);
            return r;
        }).toList());
    }
}
