package be.inasti.missiondesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sqlite.SQLiteConnection;

/**
 * Consistent copies of the database taken while it is in use ({@code VACUUM INTO}), kept in a {@code backups}
 * folder beside it: before every import and migration a copy is taken and only the newest few are kept (setting
 * {@value #KEPT_SETTING}, default {@value #DEFAULT_KEPT}, stored in the database so it travels with it). A copy is
 * written under a hidden temporary name and renamed when complete: an interrupted copy never looks like a good one.
 * Copies and their folder are owner-only (600, 700), like the database.
 */
public final class Backups {
    public static final String KEPT_SETTING = "backups.kept";
    public static final int DEFAULT_KEPT = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final String PART_PREFIX = ".missiondesk-backup-";
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private final Database database;
    private final int keep;

    public Backups(Database database, int keep) {
        this.database = database;
        this.keep = keep;
    }

    /** Backups keeping as many copies as the database's setting says. */
    public static Backups of(Database database) {
        return new Backups(database, kept(database));
    }

    /** Before the first migration there is no setting table yet: then the default applies. */
    private static int kept(Database database) {
        if (!database.tables().contains("setting")) {
            return DEFAULT_KEPT;
        }
        return new SettingStore(database).get(KEPT_SETTING).map(Integer::parseInt).orElse(DEFAULT_KEPT);
    }

    /** Sets how many automatic copies are kept from now on. */
    public static void setKept(Database database, int count) {
        if (count < 1) {
            throw new StoreException(null, "backup.keepAtLeastOne", count);
        }
        new Backups(database, count).onSqliteOnly();
        new SettingStore(database).put(KEPT_SETTING, Integer.toString(count));
    }

    public int kept() {
        return keep;
    }

    public Path folder() {
        return database.file().resolveSibling("backups");
    }

    /** Copies the database to {@code target}, which must not exist yet: a backup never overwrites a file. */
    public void copyTo(Path target) {
        onSqliteOnly();
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new StoreException(null, "backup.exists", absolute);
        }
        Path temporary = SafeFiles.temporaryBeside(absolute, PART_PREFIX);
        try {
            database.dsl().execute("VACUUM INTO {0}", temporary.toString());
            SafeFiles.publish(temporary, absolute);
        } catch (IOException e) {
            throw new StoreException(e, "backup.cannotWrite", absolute, e.getMessage());
        } finally {
            SafeFiles.deleteQuietly(temporary);
        }
    }

    /**
     * A rotating copy named after the database, when and why it was taken; returns its path. None of a PostgreSQL
     * database, whose copies are the server's ({@code pg_dump}, its archived logs), taken by who runs it.
     */
    public Optional<Path> rotating(String reason, Instant at) {
        if (database.engine() == Engine.POSTGRESQL) {
            return Optional.empty();
        }
        try {
            SafeFiles.ownerOnlyFolder(folder());
        } catch (IOException e) {
            throw new StoreException(e, "file.cannotCreateFolder", folder(), e.getMessage());
        }
        String name = prefix() + STAMP.format(at) + "-" + reason;
        Path target = folder().resolve(name + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder().resolve(name + "-" + n + ".db");
        }
        copyTo(target);
        prune();
        removeAbandoned(at);
        return Optional.of(target);
    }

    /** A PostgreSQL database is copied and restored with the server's tools: this says so, in words. */
    private void onSqliteOnly() {
        if (database.engine() == Engine.POSTGRESQL) {
            throw new StoreException(null, "backup.onPostgresql", database.location());
        }
    }

    /**
     * Replaces the whole database with a checked copy, after a rotating backup of the current one. SQLite's
     * backup API writes the pages in one transaction: a crash midway leaves the database as it was, and other
     * connections (the window) see the old database or the restored one, never a mix.
     */
    public Path restore(Path copy, Instant at) {
        onSqliteOnly();
        Path candidate = copy.toAbsolutePath();
        RestorableCopy.check(candidate);
        Path before = rotating("before-restore", at).orElseThrow();
        database.dsl().connection(c -> c.unwrap(SQLiteConnection.class).getDatabase()
                .restore("main", candidate.toString(), null));
        return before;
    }

    /** Copies of this database only: several databases may share a folder. */
    private String prefix() {
        return database.file().getFileName().toString().replaceFirst("\\.db$", "") + "-";
    }

    /**
     * A backup killed midway leaves its hidden {@code .part} file in the folder. One untouched for an hour is no
     * copy in progress (SQLite writes a copy page after page, each write touching the file): it goes.
     */
    private void removeAbandoned(Instant at) {
        try (Stream<Path> files = Files.list(folder())) {
            for (Path part : files.filter(f -> f.getFileName().toString().startsWith(PART_PREFIX)).toList()) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(at.minus(ABANDONED_AFTER))) {
                    SafeFiles.deleteQuietly(part);
                }
            }
        } catch (IOException e) {
            // a leftover is harmless: it is never taken for a backup, and the next backup tries again
        }
    }

    /** The copies kept are made owner-only too, for those taken before copies were. */
    private void prune() {
        try (Stream<Path> files = Files.list(folder())) {
            List<Path> copies = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix()) && n.endsWith(".db")).sorted().map(folder()::resolve).toList();
            int old = Math.max(0, copies.size() - keep);
            for (Path copy : copies.subList(0, old)) {
                Files.deleteIfExists(copy);
            }
            copies.subList(old, copies.size()).forEach(SafeFiles::ownerOnly);
        } catch (IOException e) {
            throw new StoreException(e, "backup.cannotPrune", folder(), e.getMessage());
        }
    }
}
