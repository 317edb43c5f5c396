package be.inasti.missiondesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Paths that are not regular files, as a clumsy user or an attacker hands them over: a named pipe (reading it waits
 * for a writer that never comes), the endless devices and a folder. A system without them fails these tests rather
 * than passing them unseen.
 */
final class SpecialFiles {
    static final Path DEV_ZERO = Path.of("/dev/zero");
    static final Path DEV_URANDOM = Path.of("/dev/urandom");

    private SpecialFiles() {
    }

    /** A named pipe in {@code folder}, made with {@code mkfifo}: Java cannot make one itself. */
    static Path fifo(Path folder, String name) {
        Path fifo = folder.resolve(name);
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
            if (mkfifo.waitFor() != 0) {
                throw new IllegalStateException("mkfifo " + fifo + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the machine has no mkfifo, which these tests need", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return fifo;
    }

    /** A pipe, both endless devices and a folder, each named {@code stem} plus what it is. */
    static List<Path> all(Path folder, String stem) throws IOException {
        return List.of(fifo(folder, stem + "-fifo"), DEV_ZERO, DEV_URANDOM,
                Files.createDirectories(folder.resolve(stem + "-folder")));
    }
}
