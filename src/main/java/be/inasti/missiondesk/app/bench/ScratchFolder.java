package be.inasti.missiondesk.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder with one sub-folder per round, deleted with everything in it when the bench ends. */
final class ScratchFolder implements AutoCloseable {
    private final Path root;
    private int rounds;

    private ScratchFolder(Path root) {
        this.root = root;
    }

    static ScratchFolder create() {
        try {
            return new ScratchFolder(Files.createTempDirectory("missiondesk-bench"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch folder", e);
        }
    }

    /** A new empty folder for the next round; the previous round's databases are deleted to spare the disk. */
    Path next() {
        deleteContents();
        try {
            return Files.createDirectory(root.resolve("round-" + ++rounds));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder in " + root, e);
        }
    }

    @Override
    public void close() {
        deleteContents();
        try {
            Files.deleteIfExists(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    private void deleteContents() {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(root)).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + root, e);
        }
    }
}
