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
 * Inserts rows one at a time unless a row with their key is already there, and says whether it did: the entities
 * an import creates. One {@code INSERT … ON CONFLICT DO NOTHING} per table, rendered and prepared once for the
 * whole import, not again for each of tens of thousands of rows; close it
 * before the transaction ends. A row goes as a batch of one: the driver's {@code executeUpdate} follows every
 * INSERT with a {@code SELECT last_insert_rowid()} for generated keys nobody asks for here, a second statement
 * per row.
 */
final class IfAbsentInserter implements AutoCloseable {
    private record Prepared(PreparedStatement insert, Converter<Object, Object>[] converters) {
    }

    private final DSLContext db;
    private final Map<Table<?>, Prepared> statements = new HashMap<>();

    IfAbsentInserter(DSLContext db) {
        this.db = db;
    }

    /** @param values every column of the table, in the order of its fields */
    boolean insert(Table<?> table, Object[] values) {
        Prepared prepared = statements.computeIfAbsent(table, this::prepare);
        try {
            Batches.bind(prepared.insert(), prepared.converters(), i -> values[i]);
            prepared.insert().addBatch();
            return prepared.insert().executeBatch()[0] == 1;
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
