package be.inasti.missiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What SQLite says when the disk is full or failing, the medium read-only, the file no database or damaged, turned
 * into what the person reads. A real full disk or a pulled USB stick cannot be had in a test (the tests rehearse a
 * full disk with a page cap, {@code DiskFullAndReadOnlyTest}); these are the answers SQLite gives then, as seen on a
 * full tmpfs and a read-only mount, wrapped as jOOQ and Flyway wrap them.
 */
class SqliteFailuresTest {
    static final Path FILE = Path.of("/media/usb/desk.db");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SQLITE_IOERR_SHMSIZE|I/O error within xShmMap while trying to resize an existing shared memory segment "
                + "(disk I/O error)|the disk holding /media/usb/desk.db is full, was removed or is failing (disk I/O "
                + "error): nothing was changed; free some space",
        "SQLITE_IOERR_WRITE|I/O error within xWrite (disk I/O error)|is full, was removed or is failing",
        "SQLITE_FULL|Insertion failed because database is full (database or disk is full)|the disk holding "
                + "/media/usb/desk.db is full",
        "SQLITE_CANTOPEN|Unable to open the database file (unable to open database file)|cannot open the database "
                + "/media/usb/desk.db: its folder cannot be written, or the medium is read-only",
        "SQLITE_READONLY_DBMOVED|The database file has been moved since it was opened (attempt to write a readonly "
                + "database)|the database /media/usb/desk.db is read-only",
        "SQLITE_NOTADB|File opened that is not a database file (file is not a database)|/media/usb/desk.db is not a "
                + "MissionDesk database",
        "SQLITE_CORRUPT|The database disk image is malformed (database disk image is malformed)|the database "
                + "/media/usb/desk.db is damaged (database disk image is malformed)",
        "SQLITE_ERROR|SQL error or missing database (no such table: clock)|is damaged (no such table: clock)"})
    void whatSqliteSaysIsSaidForThePersonWhateverWrapsIt(String code, String message, String said) {
        SQLiteException sqlite = new SQLiteException("[" + code + "] " + message, SQLiteErrorCode.valueOf(code));
        DataAccessException wrapped = new DataAccessException("Error while running ConnectionCallable", sqlite);

        assertThat(SqliteFailures.explain(wrapped, FILE)).hasValueSatisfying(e -> assertThat(e.getMessage())
                .contains(said).doesNotContain("SQLITE_").doesNotContain("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"SQLITE_CONSTRAINT_UNIQUE|UNIQUE constraint failed: mission.id",
        "SQLITE_ERROR|SQL error or missing database (near \"selec\": syntax error)"})
    void whatIsNoFaultOfTheFileIsLeftAsItIs(String code, String message) {
        SQLiteException sqlite = new SQLiteException("[" + code + "] " + message, SQLiteErrorCode.valueOf(code));

        assertThat(SqliteFailures.explain(new DataAccessException("x", sqlite), FILE)).isEmpty();
    }
}
