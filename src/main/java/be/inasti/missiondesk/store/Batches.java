package be.inasti.missiondesk.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Inserts many rows with one prepared statement and a JDBC batch on the transaction's connection. jOOQ renders
 * the SQL once; the values go through the columns' converters straight to JDBC. jOOQ's own
 * {@code batchInsert(records)} (and even its bind-value batches) builds query parts per row and cost three to six
 * times the plain JDBC batch; this costs about as much as it.
 */
final class Batches {
    private Batches() {
    }

    /** Every column of every record; a column left null gets NULL (an INTEGER PRIMARY KEY then numbers itself). */
    static void insert(DSLContext db, Table<?> table, List<? extends Record> records) {
        Field<?>[] fields = table.fields();
        run(db, db.insertInto(table).columns(fields).values(new Object[fields.length]).getSQL(), fields, records);
    }

    /** The same, but a record whose key is already there replaces the other columns of that row. */
    static void upsert(DSLContext db, Table<?> table, Field<?> key, List<? extends Record> records) {
        Field<?>[] fields = table.fields();
        Map<Field<?>, Field<?>> replaced = new LinkedHashMap<>();
        for (Field<?> f : fields) {
            if (!f.equals(key)) {
                replaced.put(f, DSL.excluded(f));
            }
        }
        run(db, db.insertInto(table).columns(fields).values(new Object[fields.length]).onConflict(key).doUpdate()
                .set(replaced).getSQL(), fields, records);
    }

    private static void run(DSLContext db, String sql, Field<?>[] fields, List<? extends Record> records) {
        if (records.isEmpty()) {
            return;
        }
        Converter<Object, Object>[] converters = converters(fields);
        db.connection(c -> {
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (Record r : records) {
                    bind(insert, converters, r::get);
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw SqliteFailures.translate(db, e);
            }
        });
    }

    /**
     * The columns' converters, looked up once per statement: asking each field for its converter at every value
     * showed in every profile of the imports.
     */
    @SuppressWarnings("unchecked")
    static Converter<Object, Object>[] converters(Field<?>[] fields) {
        Converter<Object, Object>[] converters = (Converter<Object, Object>[]) new Converter<?, ?>[fields.length];
        for (int i = 0; i < fields.length; i++) {
            converters[i] = (Converter<Object, Object>) fields[i].getConverter();
        }
        return converters;
    }

    /** Binds the values of one row, column i being {@code value.apply(i)}, as the columns store them. */
    static void bind(PreparedStatement insert, Converter<Object, Object>[] converters, IntFunction<Object> value)
            throws SQLException {
        for (int i = 0; i < converters.length; i++) {
            Object v = value.apply(i);
            insert.setObject(i + 1, v == null ? null : converters[i].to(v));
        }
    }
}
