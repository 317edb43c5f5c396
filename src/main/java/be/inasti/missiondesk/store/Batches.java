package be.inasti.missiondesk.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Inserts many rows with one prepared statement and a JDBC batch on the transaction's connection. jOOQ renders
 * the SQL once; the values go through the columns' converters straight to JDBC. jOOQ's own
 * {@code batchInsert(records)} (and even its bind-value batches) builds query parts per row and cost three to six
 * times the plain JDBC batch; this costs about as much as it.
 */
final class Batches {
    private static final Map<Table<?>, String> INSERT_IF_ABSENT = new ConcurrentHashMap<>();

    private Batches() {
    }

    /** Every column of every record; a column left null gets NULL (an INTEGER PRIMARY KEY then numbers itself). */
    static void insert(DSLContext db, Table<?> table, List<? extends Record> records) {
        if (records.isEmpty()) {
            return;
        }
        Field<?>[] fields = table.fields();
        String sql = db.insertInto(table).columns(fields).values(new Object[fields.length]).getSQL();
        db.connection(c -> {
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (Record r : records) {
                    for (int i = 0; i < fields.length; i++) {
                        insert.setObject(i + 1, toDatabase(fields[i], r.get(i)));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw SqliteFailures.translate(db, e);
            }
        });
    }

    /**
     * Inserts one row with every column unless a row with its key is already there; returns whether it did. One
     * statement rendered by jOOQ once per table, where an existence check and an insert cost two renderings each.
     */
    static boolean insertIfAbsent(DSLContext db, Table<?> table, Record row) {
        Field<?>[] fields = table.fields();
        String sql = INSERT_IF_ABSENT.computeIfAbsent(table, t -> db.insertInto(t).columns(fields)
                .values(new Object[fields.length]).onConflictDoNothing().getSQL());
        return db.connectionResult(c -> {
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (int i = 0; i < fields.length; i++) {
                    insert.setObject(i + 1, toDatabase(fields[i], row.get(fields[i])));
                }
                return insert.executeUpdate() == 1;
            } catch (SQLException e) {
                throw SqliteFailures.translate(db, e);
            }
        });
    }

    /** The value as the column stores it: an epoch day for a LocalDate, epoch millis for an Instant. */
    @SuppressWarnings("unchecked")
    private static Object toDatabase(Field<?> field, Object value) {
        return value == null ? null : ((Converter<Object, Object>) field.getConverter()).to(value);
    }
}
