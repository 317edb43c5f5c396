package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.SETTING;

import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Installation settings kept in the database, so they travel with it (site id, language, …). */
public final class SettingStore {
    private final DSLContext dsl;

    public SettingStore(Database database) {
        this.dsl = database.dsl();
    }

    public Optional<String> get(String key) {
        return dsl.select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key)).fetchOptional(SETTING.VALUE);
    }

    public void put(String key, String value) {
        put(dsl, key, value);
    }

    public void putAll(Map<String, String> values) {
        Transactions.write(dsl, tx -> values.forEach((key, value) -> put(tx.dsl(), key, value)));
    }

    private static void put(DSLContext db, String key, String value) {
        db.insertInto(SETTING, SETTING.KEY, SETTING.VALUE).values(key, value)
                .onConflict(SETTING.KEY).doUpdate().set(SETTING.VALUE, value).execute();
    }
}
