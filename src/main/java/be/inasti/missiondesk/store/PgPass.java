package be.inasti.missiondesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The password for a PostgreSQL server, found where PostgreSQL's own tools look: {@code PGPASSWORD}, else the
 * password file ({@code PGPASSFILE}, default {@code ~/.pgpass}; lines {@code host:port:database:user:password},
 * {@code *} matching anything, {@code \:} and {@code \\} escaped). Like libpq, a file others may read is ignored.
 */
final class PgPass {
    private PgPass() {
    }

    static Optional<String> password(PostgresUrl url, String user, Map<String, String> env, Path home) {
        String variable = env.get("PGPASSWORD");
        if (variable != null && !variable.isEmpty()) {
            return Optional.of(variable);
        }
        Path file = env.containsKey("PGPASSFILE") ? Path.of(env.get("PGPASSFILE")) : home.resolve(".pgpass");
        if (!Files.isRegularFile(file) || readableByOthers(file)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(file)) {
                List<String> fields = fields(line);
                if (!line.startsWith("#") && fields.size() == 5 && matches(fields.get(0), url.host())
                        && matches(fields.get(1), Integer.toString(url.port()))
                        && matches(fields.get(2), url.database()) && matches(fields.get(3), user)) {
                    return Optional.of(fields.get(4));
                }
            }
        } catch (IOException e) {
            throw new StoreException(e, "file.cannotRead", file, e.getMessage());
        }
        return Optional.empty();
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException | IOException e) {
            return false;  // Windows: the file is in the user's own profile, as libpq expects it there
        }
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    /** The colon-separated fields of a line, with {@code \:} and {@code \\} read as the character they escape. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
