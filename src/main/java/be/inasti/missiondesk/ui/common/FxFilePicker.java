package be.inasti.missiondesk.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The real {@link FilePicker}: JavaFX's native file dialog, over whichever window of the application is active,
 * titled with what it is for in the window's language (the default locale, which the window sets).
 */
public final class FxFilePicker implements FilePicker {
    @Override
    public Optional<Path> open(FileKind kind) {
        return open(kind, Optional.empty());
    }

    @Override
    public Optional<Path> save(FileKind kind, String suggestedName) {
        return save(kind, suggestedName, Optional.empty());
    }

    @Override
    public Optional<Path> open(FileKind kind, Optional<Path> folder) {
        return path(chooser(kind, "file.open", folder).showOpenDialog(activeWindow()));
    }

    @Override
    public Optional<Path> save(FileKind kind, String suggestedName, Optional<Path> folder) {
        FileChooser chooser = chooser(kind, "file.save", folder);
        chooser.setInitialFileName(suggestedName);
        return path(chooser.showSaveDialog(activeWindow()));
    }

    private static FileChooser chooser(FileKind kind, String purpose, Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title(kind, purpose, Locale.getDefault()));
        // A folder that is gone (the stick pulled out) would make the dialog fail: it then opens where it likes.
        folder.map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        // The patterns are their own description: no text to translate.
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", kind.patterns()),
                kind.patterns()));
        return chooser;
    }

    /** "Choose the batch to import": the title of the dialog that opens ({@code file.open}) or saves a file. */
    static String title(FileKind kind, String purpose, Locale language) {
        return new Messages(language).of(purpose, kind);
    }

    /** The dialog belongs to the window the user is in: the main window or the synchronisation screen. */
    private static Window activeWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
    }

    private static Optional<Path> path(File chosen) {
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
