package be.inasti.missiondesk.cli;

import java.nio.file.Path;
import java.util.Map;

/** Where the database lives when no {@code --db} is given: the user's data folder, per platform. */
final class DataFolder {
    static final String DB_VARIABLE = "MISSIONDESK_DB";

    private DataFolder() {
    }

    static Path defaultDatabase(Map<String, String> env, String osName, String home) {
        String explicit = env.get(DB_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        return dataFolder(env, osName.toLowerCase(), home).resolve("missiondesk.db");
    }

    private static Path dataFolder(Map<String, String> env, String os, String home) {
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "MissionDesk") : Path.of(home, "AppData", "Roaming", "MissionDesk");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "MissionDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "missiondesk") : Path.of(home, ".local", "share", "missiondesk");
    }
}
