package be.inasti.missiondesk.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Inserts rows unless a row with their key is already there, and says which it inserted: the entities an import
 * creates. One {@code INSERT … ON CONFLICT DO NOTHING} per table, rendered and prepared once for the whole import,
 * not again for each of tens of thousands of rows; the rows added are sent as one JDBC batch, whose update counts
 * (1 inserted, 0 already there) say it row by row — one round trip to a server for a chunk of rows, not one per row.
 * Close it before the transaction ends.
 */
final class IfAbsentInserter implements AutoCloseable {
    private record Prepared(PreparedStatement insert, Converter<Object, Object>[] converters) {
    }

    private final DSLContext db;
    private final Map<Table<?>, Prepared> statements = new HashMap<>();

    IfAbsentInserter(DSLContext db) {
        this.db = db;
    }

    /** @param values every column of the table, in the order of its fields; inserted by {@link #insertAdded} */
    void add(Table<?> table, Object[] values) {
        Prepared prepared = statements.computeIfAbsent(table, this::prepare);
        try {
            Batches.bind(prepared.insert(), prepared.converters(), i -> values[i]);
            prepared.insert().addBatch();
        } catch (SQLException e) {
            throw SqliteFailures.translate(db, e);
        }
    }

    /** Inserts the rows added to {@code table} since the last call; for each, in order, whether it was inserted. */
    boolean[] insertAdded(Table<?> table) {
        Prepared prepared = statements.get(table);
        if (prepared == null) {
            return new boolean[0];
        }
        try {
            int[] counts = prepared.insert().executeBatch();
            boolean[] inserted = new boolean[counts.length];
            for (int i = 0; i < counts.length; i++) {
                inserted[i] = counts[i] == 1;
            }
            return inserted;
        } catch (SQLException e) {
            throw SqliteFailures.translate(db, e);
        }
    }

    private Prepared prepare(Table<?> table) {
        Field<?>[] fields = table.fields();
        String sql = db.insertInto(table).columns(fields).values(new Object[fields.length]).onConflictDoNothing()
                .getSQL();
        return db.connectionResult(c -> new Prepared(c.prepareStatement(sql), Batches.converters(fields)));
    }

    @Override
    public void close() {
        try {
            for (Prepared prepared : statements.values()) {
                prepared.insert().close();
            }
        } catch (SQLException e) {
            throw SqliteFailures.translate(db, e);
        } finally {
            statements.clear();
        }
    }
}
