package be.inasti.missiondesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database to open: its URL, who connects and with which password (never shown: {@link #toString()}
 * leaves it out), and the folder on this machine where the files a database file would keep beside it go (the
 * site's private keys, which never enter a shared database).
 */
public record PostgresServer(PostgresUrl url, String user, Optional<String> password, Path localFolder) {
    /**
     * The user is the URL's, else {@code PGUSER}, else the one logged in, as for PostgreSQL's own tools; the password
     * comes from the environment or the password file (see {@link PgPass}).
     */
    public static PostgresServer of(PostgresUrl url, Map<String, String> env, Path home, String osUser,
            Path localFolder) {
        String user = url.user().orElseGet(() -> env.getOrDefault("PGUSER", osUser));
        return new PostgresServer(url, user, PgPass.password(url, user, env, home), localFolder);
    }

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /**
     * Creates the database {@code name} on the same server, empty or as a copy of {@code template} (which no one may
     * be connected to), and returns it: the benchmark's scratch databases. The user needs the right to create
     * databases.
     */
    public PostgresServer create(String name, Optional<String> template) {
        execute("CREATE DATABASE " + checked(name) + template.map(t -> " TEMPLATE " + checked(t)).orElse(""));
        return new PostgresServer(new PostgresUrl(url.host(), url.port(), name, url.user()), user, password,
                localFolder);
    }

    /** Drops the database {@code name} of the same server if there is one, closing whatever connections it has. */
    public void drop(String name) {
        execute("DROP DATABASE IF EXISTS " + checked(name) + " WITH (FORCE)");
    }

    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        return name;
    }

    private void execute(String sql) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        password.ifPresent(p -> properties.setProperty("password", p));
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), properties);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(e, "database.cannotOpen", this, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return new PostgresUrl(url.host(), url.port(), url.database(), Optional.of(user)).toString();
    }
}
