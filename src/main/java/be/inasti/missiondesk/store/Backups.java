package be.inasti.missiondesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Consistent copies of the database taken while it is in use ({@code VACUUM INTO}), kept in a {@code backups}
 * folder beside it; before every import a copy is taken and only the newest few are kept.
 */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Database database;
    private final int keep;

    public Backups(Database database, int keep) {
        this.database = database;
        this.keep = keep;
    }

    public Path folder() {
        return database.file().resolveSibling("backups");
    }

    /** Copies the database to {@code target} (which must not exist yet). */
    public void copyTo(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of " + target + ": " + e.getMessage(), e);
        }
        database.dsl().execute("VACUUM INTO {0}", target.toAbsolutePath().toString());
    }

    /** A rotating copy named after the database, when and why it was taken; returns its path. */
    public Path rotating(String reason, Instant at) {
        String name = prefix() + STAMP.format(at) + "-" + reason;
        Path target = folder().resolve(name + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder().resolve(name + "-" + n + ".db");
        }
        copyTo(target);
        prune();
        return target;
    }

    /** Copies of this database only: several databases may share a folder. */
    private String prefix() {
        return database.file().getFileName().toString().replaceFirst("\\.db$", "") + "-";
    }

    private void prune() {
        try (Stream<Path> files = Files.list(folder())) {
            List<Path> copies = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix()) && n.endsWith(".db")).sorted().map(folder()::resolve).toList();
            for (Path old : copies.subList(0, Math.max(0, copies.size() - keep))) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prune the backups in " + folder(), e);
        }
    }
}
