package be.inasti.missiondesk.app.database;

import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.store.Database;
import be.inasti.missiondesk.store.DatabaseCopy;
import be.inasti.missiondesk.store.KeyFile;
import be.inasti.missiondesk.store.PostgresServer;
import be.inasti.missiondesk.store.PostgresUrl;
import be.inasti.missiondesk.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Moves a central office from its SQLite file to a PostgreSQL database ({@code missiondesk db copy}): every table,
 * verified, and the site's key file, which stays on this machine beside the name the server's database has here.
 */
public final class DatabaseMove {
    /** One table moved: its rows and the SHA-256 over them, found the same on both sides. */
    public record TableCopied(String table, long rows, String sha256) {
    }

    private DatabaseMove() {
    }

    public static List<TableCopied> copy(Path from, String to, Map<String, String> env, Path home, String osUser,
            Path localFolder, Clock clock, Progress progress) {
        PostgresUrl url = PostgresUrl.parse(to).orElseThrow(() -> new StoreException(null,
                "copy.targetNotPostgresql", to));
        Database source = Database.open(from, Database.Access.NORMAL, clock);
        Database target = Database.open(PostgresServer.of(url, env, home, osUser, localFolder), clock);
        try {
            List<TableCopied> copied = DatabaseCopy.copy(source, target, progress).stream()
                    .map(c -> new TableCopied(c.table(), c.rows(), c.sha256())).toList();
            KeyFile keys = KeyFile.beside(target);
            if (keys.read().isEmpty()) {
                KeyFile.beside(source).read().ifPresent(keys::write);
            }
            return copied;
        } finally {
            target.close();
        }
    }
}
