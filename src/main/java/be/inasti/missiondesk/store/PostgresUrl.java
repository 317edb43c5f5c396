package be.inasti.missiondesk.store;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database named on the command line: {@code postgresql://[user@]host[:port]/database} or the JDBC form
 * {@code jdbc:postgresql://host[:port]/database[?user=name]}. A password is refused in either form, since a command
 * line is seen by every user of the machine and kept in shell histories: it comes from {@code PGPASSWORD} or
 * {@code ~/.pgpass} ({@link PgPass}). {@link #toString()} never holds one either, so the URL may be logged and shown.
 */
public record PostgresUrl(String host, int port, String database, Optional<String> user) {
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern URL = Pattern.compile(
            "(?<jdbc>jdbc:)?postgresql://(?:(?<user>[^@/?]+)@)?(?<host>\\[[^]]+]|[^:/@?]+)(?::(?<port>\\d{1,5}))?"
                    + "/(?<db>[^/?]+)(?:\\?(?<query>.*))?");
    /**
     * A user followed by {@code :} before the {@code @} that precedes the host and database: a password, whatever
     * it holds ({@code @}, {@code /}, {@code ?}), so that it is refused as one rather than echoed in a "malformed"
     * message. The loose form (no database after the host) is only read when the address is malformed anyway.
     */
    private static final Pattern PASSWORD = Pattern.compile(
            "(?:jdbc:)?postgresql://[^@/?:]*:.*@(?:\\[[^]]+]|[^:/@?]+)(?::\\d*)?/.*");
    private static final Pattern LOOSE_PASSWORD = Pattern.compile("(?:jdbc:)?postgresql://[^@/?:]*:.*@.*");
    private static final Pattern USER_PARAMETER = Pattern.compile("user=([^&]+)");

    /** The URL {@code text} names, or empty when it is none (then it is a file's path). */
    public static Optional<PostgresUrl> parse(String text) {
        if (!text.startsWith("postgresql:") && !text.startsWith("jdbc:postgresql:")) {
            return Optional.empty();
        }
        if (PASSWORD.matcher(text).matches()) {
            throw new StoreException(null, "database.passwordInUrl");
        }
        Matcher m = URL.matcher(text);
        if (!m.matches()) {
            if (LOOSE_PASSWORD.matcher(text).matches()) {
                throw new StoreException(null, "database.passwordInUrl");
            }
            throw new StoreException(null, "database.badUrl", text);
        }
        String user = m.group("user");
        String query = m.group("query");
        if (user != null && user.contains(":") || query != null && query.contains("password")) {
            throw new StoreException(null, "database.passwordInUrl");
        }
        if (query != null) {
            Matcher named = USER_PARAMETER.matcher(query);
            if (m.group("jdbc") == null || user != null || !named.matches()) {
                throw new StoreException(null, "database.badUrl", text);
            }
            user = named.group(1);
        }
        int port = m.group("port") == null ? DEFAULT_PORT : Integer.parseInt(m.group("port"));
        return Optional.of(new PostgresUrl(m.group("host"), port, m.group("db"), Optional.ofNullable(user)));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A name for the files this database keeps on the machine (the site's keys): host, port and database. */
    String localName() {
        return (host + "-" + port + "-" + database).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public String toString() {
        return "postgresql://" + user.map(u -> u + "@").orElse("") + host + ":" + port + "/" + database;
    }
}
