package be.inasti.missiondesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder batches and identity files were last written to or read from: a caseworker carries them on a USB stick,
 * so the next file dialog opens on the stick again. Kept in the settings, so it survives a restart.
 */
public final class LastFolder {
    static final String KEY = "sync.lastFolder";

    private final Settings settings;

    public LastFolder(Settings settings) {
        this.settings = settings;
    }

    /** The folder last used, if it still exists: a stick since pulled out is no place to start a dialog in. */
    public Optional<Path> get() {
        return settings.get(KEY).map(Path::of).filter(Files::isDirectory);
    }

    /** Remembers the folder holding {@code file}, the file just written or read. */
    public void remember(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            settings.put(KEY, folder.toString());
        }
    }
}
