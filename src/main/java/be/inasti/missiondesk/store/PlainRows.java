package be.inasti.missiondesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/**
 * Runs a query jOOQ writes and reads its plain JDBC result: for reads of tens of thousands of rows (the log an
 * export sends, the affiliates a flow looks up), where a jOOQ record per row cost about as much again as the select.
 */
final class PlainRows {
    /** Reads the current row of a result; columns by position, in the order of the query's select list. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private PlainRows() {
    }

    /**
     * The rows of one query per chunk of values (see {@link InChunks}), read on one connection: each query on its
     * own opened and configured a connection of its own, about a millisecond per chunk of 900 keys.
     */
    static <T> List<T> readInChunks(DSLContext dsl, Collection<String> values,
            Function<List<String>, ResultQuery<?>> query, RowReader<T> reader) {
        return dsl.transactionResult(tx -> {
            List<T> rows = new ArrayList<>();
            for (List<String> chunk : InChunks.of(values)) {
                rows.addAll(read(tx.dsl(), query.apply(chunk), reader));
            }
            return rows;
        });
    }

    static <T> List<T> read(DSLContext dsl, ResultQuery<?> query, RowReader<T> reader) {
        List<T> rows = new ArrayList<>();
        forEach(dsl, query, reader, rows::add);
        return rows;
    }

    /** Hands each row over as it is read, for a caller that need not hold them all. */
    static <T> void forEach(DSLContext dsl, ResultQuery<?> query, RowReader<T> reader, Consumer<? super T> each) {
        dsl.connection(c -> {
            try (PreparedStatement select = c.prepareStatement(query.getSQL())) {
                List<Object> binds = query.getBindValues();
                for (int i = 0; i < binds.size(); i++) {
                    select.setObject(i + 1, binds.get(i));
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        each.accept(reader.read(result));
                    }
                }
            } catch (SQLException e) {
                throw SqliteFailures.translate(dsl, e);
            }
        });
    }
}
