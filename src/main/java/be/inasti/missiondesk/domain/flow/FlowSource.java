package be.inasti.missiondesk.domain.flow;

import java.nio.file.Path;

/**
 * The file as read: where it is (an import reads it again rather than hold its lines), its SHA-256, the encoding and
 * separator found, and how many lines it has.
 */
public record FlowSource(Path file, String hash, String encoding, char separator, int lines) {
    public String fileName() {
        return file.getFileName().toString();
    }
}
