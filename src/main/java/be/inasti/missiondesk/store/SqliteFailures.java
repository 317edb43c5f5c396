package be.inasti.missiondesk.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns the failures a user can do something about into a {@link StoreException} that says what happened and what to
 * do: a full or failing disk, a database that cannot be written or opened, a file that is no database, a damaged one.
 * The statement's transaction is rolled back by whoever opened it, so what was saved before stays as it was.
 */
final class SqliteFailures implements ExecuteListener {
    /** Where the database file is kept in jOOQ's configuration, for statements run on a plain connection. */
    static final String FILE = "missiondesk.file";

    /** Refusal keys by SQLite's primary result code; extended codes (SQLITE_IOERR_SHMSIZE, …) fall under theirs. */
    private static final Map<Integer, String> KEYS = Map.of(
            SQLiteErrorCode.SQLITE_FULL.code, "database.diskFull",
            SQLiteErrorCode.SQLITE_IOERR.code, "database.ioError",
            SQLiteErrorCode.SQLITE_READONLY.code, "database.readOnly",
            SQLiteErrorCode.SQLITE_CANTOPEN.code, "database.cannotOpenFile",
            SQLiteErrorCode.SQLITE_CORRUPT.code, "database.damaged",
            SQLiteErrorCode.SQLITE_NOTADB.code, "database.notADatabase");
    /** A table or column of MissionDesk's schema gone: the schema is damaged, not the statement wrong. */
    private static final Pattern SCHEMA_GONE = Pattern.compile("no such (table|column)");
    /** SQLite's own words, at the end of the driver's message: "[SQLITE_CORRUPT] … (database disk image is …)". */
    private static final Pattern SQLITE_WORDS = Pattern.compile("\\(([^()]*)\\)\\s*$");

    private final Path file;

    SqliteFailures(Path file) {
        this.file = file;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        explain(ctx.sqlException(), file).ifPresent(ctx::exception);
    }

    /** The same for a statement run on the transaction's plain JDBC connection (batches). */
    static RuntimeException translate(DSLContext db, SQLException e) {
        Path file = (Path) db.configuration().data(FILE);
        return explain(e, file).map(RuntimeException.class::cast)
                .orElseGet(() -> new DataAccessException("batch insert failed: " + e.getMessage(), e));
    }

    /** The first SQLite failure among the causes of {@code failure} (jOOQ and Flyway wrap them), in words. */
    static Optional<StoreException> explain(Throwable failure, Path file) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite) {
                return Optional.ofNullable(key(sqlite)).map(k -> new StoreException(sqlite, k, file, words(sqlite)));
            }
        }
        return Optional.empty();
    }

    private static String key(SQLiteException e) {
        int primary = e.getResultCode().code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_ERROR.code && SCHEMA_GONE.matcher(words(e)).lookingAt()) {
            return "database.damaged";
        }
        return KEYS.get(primary);
    }

    /**
     * What SQLite itself said, without the driver's code and gloss ("no such table: clock", "disk I/O error"), found
     * under whatever wraps it; else the first line of the failure's message.
     */
    static String words(Throwable failure) {
        Throwable said = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException) {
                said = cause;
                break;
            }
        }
        String message = String.valueOf(said.getMessage());
        Matcher words = SQLITE_WORDS.matcher(message);
        return said instanceof SQLiteException && words.find() ? words.group(1)
                : message.lines().findFirst().orElse("");
    }
}
