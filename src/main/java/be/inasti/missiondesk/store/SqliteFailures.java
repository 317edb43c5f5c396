package be.inasti.missiondesk.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns the failures a user can do something about (a full disk, a database that cannot be written) into a
 * {@link StoreException} that says so. The statement's transaction is rolled back by whoever opened it, so what
 * was saved before stays as it was.
 */
final class SqliteFailures implements ExecuteListener {
    /** Where the database file is kept in jOOQ's configuration, for statements run on a plain connection. */
    static final String FILE = "missiondesk.file";

    private final Path file;

    SqliteFailures(Path file) {
        this.file = file;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        translated(ctx.sqlException()).ifPresent(ctx::exception);
    }

    /** The same for a statement run on the transaction's plain JDBC connection (batches). */
    static RuntimeException translate(DSLContext db, SQLException e) {
        Path file = (Path) db.configuration().data(FILE);
        return new SqliteFailures(file).translated(e).map(RuntimeException.class::cast)
                .orElseGet(() -> new DataAccessException("batch insert failed: " + e.getMessage(), e));
    }

    private Optional<StoreException> translated(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            return Optional.ofNullable(key(primary(sqlite.getResultCode()))).map(k -> new StoreException(e, k, file));
        }
        return Optional.empty();
    }

    /** Extended codes (SQLITE_READONLY_DBMOVED, …) carry their primary code in the low byte. */
    private static int primary(SQLiteErrorCode code) {
        return code.code & 0xff;
    }

    private static String key(int code) {
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            return "database.diskFull";
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "database.readOnly";
        }
        return null;
    }
}
