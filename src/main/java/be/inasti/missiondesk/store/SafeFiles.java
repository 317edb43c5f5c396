package be.inasti.missiondesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

/**
 * Files that appear complete or not at all, and only to their owner: written under a hidden temporary name in the
 * target's folder (so the rename stays on one file system), flushed to the disk, then renamed into place. A kill or a
 * power cut leaves at most a hidden {@code .part} file, never a half file under the name the user chose.
 */
public final class SafeFiles {
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY = PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rw-------"));

    private SafeFiles() {
    }

    /**
     * An empty temporary file beside {@code target}, its owner's alone: writers fill it (SQLite's {@code VACUUM INTO}
     * takes an empty file too), then {@link #publish} gives it the target's name, permissions included.
     */
    public static Path temporaryBeside(Path target, String prefix) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(e, "file.cannotCreateFolder", folder, e.getMessage());
        }
        try {
            return createOwnerOnly(folder.resolve(prefix + UUID.randomUUID() + ".part"));
        } catch (IOException e) {  // the system's reason ("Read-only file system"), not the hidden file's name
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getMessage();
            throw new StoreException(e, "file.cannotWrite", target, reason);
        }
    }

    /**
     * Creates an empty file only its owner may read and write: what MissionDesk writes holds personal data. Where the
     * file system has no POSIX permissions (Windows), the folder's apply: the user's own folders are private there.
     */
    public static Path createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(file, OWNER_ONLY);
        }
        return Files.createFile(file);
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
