package be.inasti.missiondesk.app.database;

import be.inasti.missiondesk.app.files.OutputFiles;
import be.inasti.missiondesk.app.files.OutputKind;
import be.inasti.missiondesk.domain.check.CheckResult;
import be.inasti.missiondesk.store.Backups;
import be.inasti.missiondesk.store.Database;
import be.inasti.missiondesk.store.IntegrityCheck;
import be.inasti.missiondesk.store.PostgresUrl;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/** The database file itself: where it is, its copies (by hand and automatic), restoring one, and checking it. */
public final class DatabaseService {
    public static final int DEFAULT_KEPT = Backups.DEFAULT_KEPT;

    private final Database database;
    private final Clock clock;
    private final Supplier<String> site;
    private final OutputFiles outputs;

    public DatabaseService(Database database, Clock clock, Supplier<String> site, OutputFiles outputs) {
        this.database = database;
        this.clock = clock;
        this.site = site;
        this.outputs = outputs;
    }

    public Path file() {
        return database.file();
    }

    /** Where the database is, to be shown: the file, or the PostgreSQL server's URL (without a password). */
    public String location() {
        return database.location();
    }

    /** What a status bar has room for: the file's name, or the database's and its server's. */
    public String name() {
        return PostgresUrl.parse(location()).map(url -> url.database() + " @ " + url.host())
                .orElseGet(() -> file().getFileName().toString());
    }

    /** Where the automatic copies go. */
    public Path backupFolder() {
        return Backups.of(database).folder();
    }

    /**
     * A consistent copy, taken while the database is in use; {@code target} must not exist yet. Checked here, not by
     * each caller, so that no caller can copy over the database itself or one of its backups.
     */
    public void copyTo(Path target) {
        outputs.check(target, OutputKind.DATABASE, false);
        Backups.of(database).copyTo(target);
    }

    /** How many automatic copies are kept from now on. */
    public void keep(int copies) {
        Backups.setKept(database, copies);
    }

    /** Replaces the database with a copy, after backing up the current one; returns where that backup went. */
    public Path restore(Path copy) {
        return Backups.of(database).restore(copy, clock.instant());
    }

    /**
     * A failure met while using the database, in words when the database explains it (a failing disk, damage found
     * by a check run now), else as it is: for the command line and the window to say what happened and what to do.
     */
    public RuntimeException explained(RuntimeException failure) {
        return database.explained(failure);
    }

    /** Pages, references and what MissionDesk always keeps true; an empty problem list for each check passed. */
    public List<CheckResult> check() {
        return new IntegrityCheck(database, site).run();
    }
}
