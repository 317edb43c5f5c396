package be.inasti.missiondesk.flows;

/** The file as read: its name, SHA-256, encoding and separator found, and how many lines it has. */
public record FlowSource(String fileName, String hash, String encoding, char separator, int lines) {
}
