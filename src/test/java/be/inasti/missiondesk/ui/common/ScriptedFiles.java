package be.inasti.missiondesk.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link FilePicker} that answers like a user who knows what to pick: saves go into a folder under the name
 * offered, opens return the files queued by the test (none queued: the user cancelled). It notes the folder each
 * dialog was opened in.
 */
public final class ScriptedFiles implements FilePicker {
    private Path folder;
    private final Deque<Path> toOpen = new ArrayDeque<>();
    private final List<String> offeredNames = new ArrayList<>();
    private final List<Optional<Path>> startFolders = new ArrayList<>();

    public ScriptedFiles(Path folder) {
        this.folder = folder;
    }

    public ScriptedFiles willOpen(Path file) {
        toOpen.add(file);
        return this;
    }

    /** From now on, saves go into {@code other}: the user browsed to a USB stick. */
    public synchronized ScriptedFiles willSaveIn(Path other) {
        folder = other;
        return this;
    }

    public List<String> offeredNames() {
        return offeredNames;
    }

    /** The folder each dialog that was given one started in, in order (empty: it was given none). */
    public synchronized List<Optional<Path>> startFolders() {
        return List.copyOf(startFolders);
    }

    @Override
    public synchronized Optional<Path> open(FileKind kind, Optional<Path> start) {
        startFolders.add(start);
        return open(kind);
    }

    @Override
    public synchronized Optional<Path> save(FileKind kind, String suggestedName, Optional<Path> start) {
        startFolders.add(start);
        return save(kind, suggestedName);
    }

    @Override
    public synchronized Optional<Path> open(FileKind kind) {
        return Optional.ofNullable(toOpen.poll());
    }

    @Override
    public synchronized Optional<Path> save(FileKind kind, String suggestedName) {
        offeredNames.add(suggestedName);
        return Optional.of(folder.resolve(suggestedName));
    }
}
