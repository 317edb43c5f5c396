package be.inasti.missiondesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/**
 * Runs a query jOOQ writes and reads its plain JDBC result: for reads of tens of thousands of rows (the log an
 * export sends, the affiliates a flow looks up), where a jOOQ record per row cost two to three times the select.
 */
final class PlainRows {
    /** Reads the current row of a result; columns by position, in the order of the query's select list. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private PlainRows() {
    }

    static <T> List<T> read(DSLContext dsl, ResultQuery<?> query, RowReader<T> reader) {
        return dsl.connectionResult(c -> {
            try (PreparedStatement select = c.prepareStatement(query.getSQL())) {
                List<Object> binds = query.getBindValues();
                for (int i = 0; i < binds.size(); i++) {
                    select.setObject(i + 1, binds.get(i));
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(reader.read(result));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw SqliteFailures.translate(dsl, e);
            }
        });
    }
}
