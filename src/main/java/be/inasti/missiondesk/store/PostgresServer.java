package be.inasti.missiondesk.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

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

    @Override
    public String toString() {
        return new PostgresUrl(url.host(), url.port(), url.database(), Optional.of(user)).toString();
    }
}
