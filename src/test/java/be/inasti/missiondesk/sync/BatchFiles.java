package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.domain.sync.BatchRefused;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** For tests outside this package: whether a file is a complete batch (shape, lengths and payload hash). */
public final class BatchFiles {
    private BatchFiles() {
    }

    /** Throws {@link BatchRefused} saying what is wrong when the file is not a complete batch. */
    public static void requireComplete(Path file) throws IOException {
        BatchFile.read(Files.readAllBytes(file));
    }
}
