package be.inasti.missiondesk.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user for a file. View models take one instead of a {@code FileChooser}, so that their tests (and the
 * window's) can answer without a native dialog; empty when the user cancels.
 */
public interface FilePicker {
    Optional<Path> open(FileKind kind);

    Optional<Path> save(FileKind kind, String suggestedName);

    /** The same, starting in {@code folder} when there is one (the USB stick used last time). */
    default Optional<Path> open(FileKind kind, Optional<Path> folder) {
        return open(kind);
    }

    /** The same, starting in {@code folder} when there is one (the USB stick used last time). */
    default Optional<Path> save(FileKind kind, String suggestedName, Optional<Path> folder) {
        return save(kind, suggestedName);
    }
}
