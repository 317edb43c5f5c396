package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.SETTING;

import java.time.Instant;
import org.jooq.DSLContext;

/**
 * A hybrid logical clock in milliseconds: never behind the wall clock, never behind anything seen from another
 * site, and strictly increasing, so a later write here always outranks what this site already knew.
 */
final class HybridClock {
    private static final String KEY = "sync.hlc";
    private long last;

    private HybridClock(long last) {
        this.last = last;
    }

    static HybridClock load(DSLContext db) {
        String stored = db.select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(KEY)).fetchOne(SETTING.VALUE);
        return new HybridClock(stored == null ? 0 : Long.parseLong(stored));
    }

    long tick(Instant now) {
        last = Math.max(last + 1, now.toEpochMilli());
        return last;
    }

    /** Another site's value was seen: later local writes must outrank it. */
    void witness(long remote) {
        last = Math.max(last, remote);
    }

    void save(DSLContext db) {
        String value = Long.toString(last);
        db.insertInto(SETTING, SETTING.KEY, SETTING.VALUE).values(KEY, value)
                .onConflict(SETTING.KEY).doUpdate().set(SETTING.VALUE, value).execute();
    }
}
