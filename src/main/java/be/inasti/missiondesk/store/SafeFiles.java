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
 * Files that appear complete or not at all: written under a hidden temporary name in the target's folder (so the
 * rename stays on one file system), flushed to the disk, then renamed into place. A kill or a power cut leaves at
 * most a hidden {@code .part} file, never a half file under the name the user chose.
 *
 * <p>Every file MissionDesk writes holds personal data or keys, so every one is owner-only (600, folders 700) from
 * the moment it exists: created with those permissions, never created open and closed afterwards. A file system
 * without POSIX permissions (Windows, where a profile's files are the user's; a FAT stick) keeps its own rules.
 */
public final class SafeFiles {
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

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
        Path temporary = partIn(folder, prefix);
        try {
            return createOwnerOnly(temporary);
        } catch (IOException e) {  // the system's reason ("Read-only file system"), not the hidden file's name
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getMessage();
            throw new StoreException(e, "file.cannotWrite", target, reason);
        }
    }

    private static Path partIn(Path folder, String prefix) {
        return folder.resolve(prefix + UUID.randomUUID() + ".part");
    }

    /**
     * Writes {@code bytes} to {@code target} owner-only, whole or not at all (it replaces the file there); any
     * failure, the folder's included, is the caller's to word.
     */
    public static void write(Path target, byte[] bytes, String prefix) throws IOException {
        Path folder = Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = createOwnerOnly(partIn(folder, prefix));
        try {
            Files.write(temporary, bytes);
            publish(temporary, target.toAbsolutePath());
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Creates an empty file readable and writable by its owner only; it must not exist yet. */
    public static Path createOwnerOnly(Path file) throws IOException {
        return Files.createFile(file, permissions(file, OWNER_FILE));
    }

    /** Creates the folder (and its parents) if need be; the folder itself is made owner-only, new or not. */
    public static Path ownerOnlyFolder(Path folder) throws IOException {
        Files.createDirectories(folder, permissions(folder, OWNER_FOLDER));
        restrict(folder, OWNER_FOLDER);
        return folder;
    }

    /** Takes the group's and others' rights away from a file written before files were owner-only, if it exists. */
    public static void ownerOnly(Path file) {
        if (Files.exists(file)) {
            restrict(file, OWNER_FILE);
        }
    }

    private static FileAttribute<?>[] permissions(Path file, Set<PosixFilePermission> permissions) {
        return posix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    /** Best effort: a medium that keeps no owners (a FAT stick mounted on Linux) refuses, and has its own rules. */
    private static void restrict(Path file, Set<PosixFilePermission> permissions) {
        try {
            if (posix(file) && !Files.getPosixFilePermissions(file).equals(permissions)) {
                Files.setPosixFilePermissions(file, permissions);
            }
        } catch (IOException e) {
            // the file stays as the medium makes it
        }
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
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
