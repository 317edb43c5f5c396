package be.inasti.missiondesk.ui.common;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The files the window takes in, told apart by extension only: a batch file goes to the sync import, a CSV to the
 * flow import, a site's identity to the partners. The one place that knows the extensions, for the file choosers and
 * the drop handler alike.
 */
public enum FileKind {
    BATCH(".mdbatch", ".mdb"),
    FLOW(".csv"),
    /** A site's public identity: the window names it {@code .mdsite}; the command line wrote whatever it was told. */
    IDENTITY(".mdsite", ".json");

    private final List<String> extensions;

    FileKind(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The extension a new file of this kind gets. */
    public String extension() {
        return extensions.getFirst();
    }

    /** Glob patterns for a file chooser's filter. */
    public List<String> patterns() {
        return extensions.stream().map(e -> "*" + e).toList();
    }

    public static Optional<FileKind> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.extensions.stream().anyMatch(name::endsWith)).findFirst();
    }
}
