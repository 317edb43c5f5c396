package be.inasti.missiondesk.app.files;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Explanation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where MissionDesk may write a file a person named: a report, an error list, a batch, an identity, a copy of the
 * database. Never over its own database, nor over the files SQLite keeps beside it and reads back as part of it
 * ({@code -wal}, {@code -shm}, {@code -journal}), never into the backups folder beside it, never over the file the
 * command reads, and over an existing file only when it is of the kind being written, unless the person said so
 * ({@code --force}, or a file chooser's "replace"). A slip of the keyboard then costs a refusal, not the database.
 * <p>
 * Paths are compared as the file system resolves them: through {@code ..}, symbolic links (even one pointing to a file
 * not there yet) and hard links, and, for the names of the database's own files, whatever their case (Windows and
 * macOS ignore it). The services that write such a file check its target here before any work, so the command
 * line and the window cannot differ on the rule.
 */
public final class OutputFiles {
    private static final List<String> DATABASE_FILES = List.of("", "-wal", "-shm", "-journal");
    /** Links followed at most, as the system itself gives up on a loop. */
    private static final int MAX_LINKS = 40;

    private final Path database;
    private final Path backups;

    public OutputFiles(Path database, Path backups) {
        this.database = database;
        this.backups = backups;
    }

    /**
     * Refuses a target MissionDesk must not write, saying why; {@code force} allows replacing an existing file of
     * another kind, nothing else. {@code inputs} are the files the command reads.
     */
    public void check(Path target, OutputKind kind, boolean force, Path... inputs) {
        Path real = real(target);
        if (DATABASE_FILES.stream().anyMatch(suffix -> sameFile(real, real(database.resolveSibling(
                database.getFileName() + suffix))))) {
            throw new DomainException("file.isTheDatabase", target);
        }
        if (real.startsWith(real(backups))) {
            throw new DomainException("file.isABackup", target, backups);
        }
        if (Stream.of(inputs).anyMatch(input -> sameFile(real, real(input)))) {
            throw new DomainException("file.isTheInput", target);
        }
        if (Files.isDirectory(real)) {
            throw new DomainException("file.isAFolder", target);
        }
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            throw new DomainException("file.notRegular", target);
        }
        if (!force && Files.exists(real) && !holds(kind, real)) {
            throw new DomainException("file.otherKind", target, Explanation.of(kind.nameKey()));
        }
    }

    private static boolean holds(OutputKind kind, Path existing) {
        try {
            return kind.holds(existing);
        } catch (IOException e) {
            throw new DomainException("file.cannotRead", existing, e.getMessage());
        }
    }

    /** The same file: the same real path, a hard link to it, or the same name but for its case. */
    private static boolean sameFile(Path a, Path b) {
        if (a.equals(b) || a.getParent() != null && a.getParent().equals(b.getParent())
                && a.getFileName().toString().toLowerCase(Locale.ROOT)
                        .equals(b.getFileName().toString().toLowerCase(Locale.ROOT))) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;  // one of them vanished meanwhile: then they are not one file
        }
    }

    /** The path the system writes to: absolute, without "..", through every link, as far as the path exists. */
    private static Path real(Path path) {
        return real(path.toAbsolutePath().normalize(), 0);
    }

    private static Path real(Path path, int links) {
        try {
            if (Files.exists(path)) {
                return path.toRealPath();
            }
            if (Files.isSymbolicLink(path) && links < MAX_LINKS) {  // a link to a file not there yet
                return real(path.resolveSibling(Files.readSymbolicLink(path)).normalize(), links + 1);
            }
        } catch (IOException e) {
            throw new DomainException("file.cannotRead", path, e.getMessage());
        }
        Path parent = path.getParent();
        return parent == null ? path : real(parent, links).resolve(path.getFileName());
    }
}
