package be.inasti.missiondesk.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link FilePicker} that answers like a user who knows what to pick: saves go into a folder under the name
 * offered, opens return the files queued by the test (none queued: the user cancelled).
 */
public final class ScriptedFiles implements FilePicker {
    private final Path folder;
    private final Deque<Path> toOpen = new ArrayDeque<>();
    private final List<String> offeredNames = new ArrayList<>();

    public ScriptedFiles(Path folder) {
        this.folder = folder;
    }

    public ScriptedFiles willOpen(Path file) {
        toOpen.add(file);
        return this;
    }

    public List<String> offeredNames() {
        return offeredNames;
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
