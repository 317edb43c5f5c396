package be.inasti.missiondesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Files that appear complete or not at all: written under a hidden temporary name in the target's folder (so the
 * rename stays on one file system), flushed to the disk, then renamed into place. A kill or a power cut leaves at
 * most a hidden {@code .part} file, never a half file under the name the user chose.
 */
public final class SafeFiles {
    private SafeFiles() {
    }

    /** A name for a temporary file beside {@code target} (not created: some writers insist on creating it). */
    public static Path temporaryBeside(Path target, String prefix) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(e, "file.cannotCreateFolder", folder, e.getMessage());
        }
        return folder.resolve(prefix + UUID.randomUUID() + ".part");
    }

    /** Flushes the finished temporary file, renames it to {@code target} and flushes the folder entry. */
    public static void publish(Path temporary, Path target) throws IOException {
        try (FileChannel file = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            file.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(target.toAbsolutePath().getParent());
    }

    /** Makes the rename itself durable; not every platform lets a folder be opened, and then there is nothing to do. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel; its rename is durable once it returns
        }
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover hidden .part file is harmless and is never taken for a complete one
        }
    }
}
