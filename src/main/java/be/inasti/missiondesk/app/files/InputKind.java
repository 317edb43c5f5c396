package be.inasti.missiondesk.app.files;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Explanation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files MissionDesk reads that a person names: a batch, a flow file, a site identity. Each must be a regular file:
 * a named pipe waits for a writer that never comes, {@code /dev/zero} and {@code /dev/urandom} never end, and a folder
 * is no file; and an identity is small, so a larger file is refused before a byte of it is parsed. The command line
 * and the window check the file here first, then hand it to the service that reads it.
 */
public enum InputKind {
    BATCH("file.kindBatch", Long.MAX_VALUE),
    FLOW("file.kindCsv", Long.MAX_VALUE),
    IDENTITY("file.kindIdentity", 64 * 1024);

    private final String nameKey;
    private final long maxBytes;

    InputKind(String nameKey, long maxBytes) {
        this.nameKey = nameKey;
        this.maxBytes = maxBytes;
    }

    /** The file, if it can be read as this kind; else a refusal saying why, before anything is read. */
    public Path checked(Path file) {
        if (Files.isDirectory(file)) {
            throw new DomainException("file.isAFolder", file);
        }
        if (!Files.exists(file)) {
            throw new DomainException("file.notFound", file);
        }
        if (!Files.isRegularFile(file)) {
            throw new DomainException("file.notRegular", file);
        }
        long size = size(file);
        if (size > maxBytes) {
            throw new DomainException("file.tooLarge", file, Explanation.of(nameKey), size, maxBytes / 1024);
        }
        return file;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new DomainException("file.cannotRead", file, e.getMessage());
        }
    }
}
