package be.inasti.missiondesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.exception.DataAccessException;

/**
 * The physical floors the benchmark sets our code paths against: the same rows read or written with plain JDBC
 * (prepared statements, batches, one transaction) on the same file and connection settings (or the same PostgreSQL
 * server), with no mapping to objects. Nothing real can do the same work faster on this machine.
 */
public final class Floors {
    /** The tables demo data fills, parents first. */
    public static final List<String> MISSION_TABLES = List.of("mission", "clock", "history");
    /** The tables a flow import fills. */
    public static final List<String> FLOW_TABLES = List.of("flow_file", "mission", "clock", "history", "flow_key",
            "operation");
    /** The tables a batch import fills. */
    public static final List<String> SYNC_TABLES = List.of("mission", "clock", "history", "operation",
            "field_version", "applied_batch");

    private static final String QUEUE = "SELECT m.*, c.* FROM mission m LEFT JOIN clock c ON c.mission_id = m.id"
            + " WHERE m.closed = 0 ORDER BY m.id, c.seq";
    /** The window's first read of the queue: counts per state, the first page with its clocks, open objectives. */
    private static final String QUEUE_COUNTS = "SELECT count(*) FILTER (WHERE urgent_due_on < ?),"
            + " count(*) FILTER (WHERE urgent_due_on >= ? AND urgent_due_on - ? <= max(3,"
            + " (urgent_due_on - urgent_started_on + 4) / 5)), count(*) FROM mission WHERE closed = 0";
    private static final String QUEUE_PAGE = "SELECT m.*, c.* FROM (SELECT id FROM mission WHERE closed = 0"
            + " ORDER BY coalesce(urgent_due_on, 9223372036854775807), CASE priority WHEN 'HIGH' THEN 0 ELSE 1 END,"
            + " received_on, id LIMIT ?) p JOIN mission m ON m.id = p.id LEFT JOIN clock c ON c.mission_id = m.id";
    private static final String OPEN_OBJECTIVES = "SELECT DISTINCT objective_code FROM clock"
            + " WHERE stopped_on IS NULL ORDER BY 1";
    private static final String STOPPED = "SELECT objective_code, catalogue_version, max(stopped_on - due_on, 0),"
            + " count(*) FROM clock WHERE stopped_on BETWEEN ? AND ? AND cancelled = 0 GROUP BY 1, 2, 3";
    private static final String OVERDUE = "SELECT objective_code, catalogue_version, ? - due_on, count(*) FROM clock"
            + " WHERE stopped_on IS NULL AND due_on < ? AND started_on <= ? GROUP BY 1, 2, 3";

    /** How many rows a copy reads before it inserts them. */
    private static final int SLICE = 20_000;

    private final Database database;

    public Floors(Database database) {
        this.database = database;
    }

    /**
     * The same statement in PostgreSQL's words where SQLite's differ: booleans are {@code boolean}, not 0 and 1,
     * and the scalar {@code max(a, b)} is {@code greatest(a, b)}.
     */
    private String sql(String sqlite) {
        return database.engine() == Engine.SQLITE ? sqlite
                : sqlite.replace("closed = 0", "closed = false").replace("cancelled = 0", "cancelled = false")
                        .replace("max(3,", "greatest(3,").replace("max(stopped_on - due_on, 0)",
                                "greatest(stopped_on - due_on, 0)");
    }

    /**
     * Batch-inserts every row of the tables of {@code source} into the same tables of this database, in one
     * transaction, and returns the nanoseconds the inserts and the commit took. The rows are read {@link #SLICE} at a
     * time, untimed, each slice then inserted as one JDBC batch: holding whole tables (a million history rows at
     * 100 000 missions) took 400 MB of heap for what is only the floor's set-up.
     */
    public long copyFrom(Floors source, List<String> tables) {
        return withConnection(c -> source.withConnection(from -> {
            c.setAutoCommit(false);
            from.setAutoCommit(false);  // PostgreSQL streams a result only inside a transaction, with a fetch size
            long nanos = 0;
            for (String table : tables) {
                try (PreparedStatement select = prepared(from, "SELECT * FROM " + table);
                        ResultSet rs = select.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    String marks = String.join(", ", Collections.nCopies(columns, "?"));
                    try (PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO " + table + " VALUES (" + marks + ")")) {
                        List<Object[]> slice = new ArrayList<>(SLICE);
                        boolean more = true;
                        while (more) {
                            slice.clear();
                            while (slice.size() < SLICE && (more = rs.next())) {
                                Object[] row = new Object[columns];
                                for (int i = 0; i < columns; i++) {
                                    row[i] = rs.getObject(i + 1);
                                }
                                slice.add(row);
                            }
                            long start = System.nanoTime();
                            insert(insert, slice);
                            nanos += System.nanoTime() - start;
                        }
                    }
                }
            }
            from.rollback();
            long start = System.nanoTime();
            c.commit();
            return nanos + System.nanoTime() - start;
        }));
    }

    private static PreparedStatement prepared(Connection c, String sql) throws SQLException {
        PreparedStatement select = c.prepareStatement(sql);
        select.setFetchSize(SLICE);
        return select;
    }

    /** The rows the queue shows: open missions with their clocks. */
    public int queueRows() {
        return count(QUEUE);
    }

    /** The window's first read of the queue on {@code today}, in raw SQL on one connection. */
    public int queueFirstPageRows(LocalDate today, int limit) {
        return withConnection(c -> {
            int rows = 0;
            try (PreparedStatement counts = c.prepareStatement(sql(QUEUE_COUNTS));
                    PreparedStatement page = c.prepareStatement(sql(QUEUE_PAGE));
                    PreparedStatement objectives = c.prepareStatement(OPEN_OBJECTIVES)) {
                for (int i = 1; i <= 3; i++) {
                    counts.setLong(i, today.toEpochDay());
                }
                page.setInt(1, limit);
                for (PreparedStatement select : List.of(counts, page, objectives)) {
                    rows += rowsOf(select).size();
                }
            }
            return rows;
        });
    }

    /** Every operation of the log, as an export reads them. */
    public int operationRows() {
        return count("SELECT * FROM operation ORDER BY pos");
    }

    /** Attainment's two aggregates for [from, to] and the clocks overdue on {@code today}, in raw SQL. */
    public int attainmentRows(LocalDate from, LocalDate to, LocalDate today) {
        return withConnection(c -> {
            try (PreparedStatement stopped = c.prepareStatement(sql(STOPPED));
                    PreparedStatement overdue = c.prepareStatement(sql(OVERDUE))) {
                stopped.setLong(1, from.toEpochDay());
                stopped.setLong(2, to.toEpochDay());
                for (int i = 1; i <= 3; i++) {
                    overdue.setLong(i, today.toEpochDay());
                }
                return rowsOf(stopped).size() + rowsOf(overdue).size();
            }
        });
    }

    private int count(String sql) {
        return withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement(sql(sql))) {
                return rowsOf(select).size();
            }
        });
    }

    private static void insert(PreparedStatement insert, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                insert.setObject(i + 1, row[i]);
            }
            insert.addBatch();
        }
        insert.executeBatch();
    }

    /** Reads every column of every row: the least a caller that uses the values must do. */
    private static List<Object[]> rowsOf(PreparedStatement select) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(Work<T> work) {
        try (Connection c = database.dataSource().getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DataAccessException("floor query failed: " + e.getMessage(), e);
        }
    }
}
