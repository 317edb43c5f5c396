package be.inasti.missiondesk.domain.flow;

/** The file as read: its name, SHA-256, encoding and separator found, and how many lines it has. */
public record FlowSource(String fileName, String hash, String encoding, char separator, int lines) {
}
