package be.inasti.missiondesk.store;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A digest of every row of every table of a SQLite file, read with plain JDBC (no Flyway, no migration, so it
 * can look at what a killed process left). Columns whose name matches {@code ignored} ("table.column") are left
 * out: wall-clock times and random ids differ between two runs of the same work.
 */
public final class TableDigest {
    /** Times written from the wall clock, and the hybrid clock that follows it. */
    public static final Pattern WALL_CLOCK = Pattern.compile(
            ".*\\.(.*_at|hlc|installed_on|execution_time)|setting\\.value");

    private TableDigest() {
    }

    public static String of(Path file, Pattern ignored) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String table : tables(s)) {
                digest.update(("\n#" + table).getBytes());
                rows(s, table, ignored).forEach(row -> digest.update(row.getBytes()));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code pragma integrity_check}'s answer: "ok" when the file is sound. */
    public static String integrity(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("pragma integrity_check")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static List<String> tables(Statement s) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet r = s.executeQuery("select name from sqlite_master where type = 'table' order by name")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    /** Rows as text, sorted, so the digest does not depend on the order random ids give them. */
    private static List<String> rows(Statement s, String table, Pattern ignored) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery("select * from \"" + table + "\"")) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder("\n");
                for (int i = 1; i <= columns; i++) {
                    boolean kept = !ignored.matcher(table + "." + r.getMetaData().getColumnName(i)).matches();
                    row.append(kept ? r.getString(i) : "·").append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
