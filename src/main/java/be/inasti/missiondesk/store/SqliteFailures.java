package be.inasti.missiondesk.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns the failures a user can do something about (a full disk, a database that cannot be written) into a
 * {@link StoreException} that says so. The statement's transaction is rolled back by whoever opened it, so what
 * was saved before stays as it was.
 */
final class SqliteFailures implements ExecuteListener {
    private final Path file;

    SqliteFailures(Path file) {
        this.file = file;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        SQLException e = ctx.sqlException();
        if (e instanceof SQLiteException sqlite) {
            String message = message(primary(sqlite.getResultCode()));
            if (message != null) {
                ctx.exception(new StoreException(message, e));
            }
        }
    }

    /** Extended codes (SQLITE_READONLY_DBMOVED, …) carry their primary code in the low byte. */
    private static int primary(SQLiteErrorCode code) {
        return code.code & 0xff;
    }

    private String message(int code) {
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            return "the disk holding " + file + " is full: this change was not saved (everything saved before is "
                    + "intact); free some space and try again";
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "the database " + file + " is read-only: this change was not saved (everything saved before is "
                    + "intact); check the file's permissions or the medium it is on";
        }
        return null;
    }
}
