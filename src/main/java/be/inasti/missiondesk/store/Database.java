package be.inasti.missiondesk.store;

import be.inasti.missiondesk.domain.Explained;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database, and the one place that knows its engine. Usually the local SQLite file: created with its folder on
 * first open, migrated by Flyway, and opened with foreign keys on, WAL journal and full sync (a laptop whose battery
 * dies keeps every committed change). A database that already holds data is copied to the backups folder before any
 * migration, and all pending migrations run in one transaction, so a crash while upgrading leaves the old schema or
 * the new one, never half of it. A central office may run on a PostgreSQL server instead ({@link #open(PostgresServer,
 * Clock)}): the same schema from its own migrations, reached through a connection pool.
 */
public final class Database {
    private final Engine engine;
    private final Path file;
    private final String location;
    private final DataSource dataSource;
    private final DSLContext dsl;

    /**
     * How connections are opened: {@link #NORMAL}; read-only (a copy inspected without changing it); or with a cap
     * on the number of pages, which makes a full disk reproducible in tests (0: no cap).
     */
    public record Access(boolean readOnly, int maxPages) {
        public static final Access NORMAL = new Access(false, 0);
        public static final Access READ_ONLY = new Access(true, 0);
    }

    private Database(Engine engine, Path file, String location, DataSource dataSource, DSLContext dsl) {
        this.engine = engine;
        this.file = file;
        this.location = location;
        this.dataSource = dataSource;
        this.dsl = dsl;
    }

    public static Database open(Path file) {
        return open(file, Access.NORMAL, Clock.systemUTC());
    }

    /**
     * Opens with the given access; {@code clock} names the copy taken before a migration. A folder, a file that is no
     * database, a database from a newer MissionDesk and one SQLite cannot open are refused in words, unchanged.
     */
    public static Database open(Path file, Access access, Clock clock) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new StoreException(null, "database.isAFolder", absolute);
        }
        if (!access.readOnly()) {
            createOwnerOnly(absolute);
        }
        SQLiteDataSource dataSource = dataSource(absolute, access);
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(dataSource).set(SQLDialect.SQLITE)
                .set(new Settings().withExecuteLogging(false).withRenderSchema(false))
                .set(new SqliteFailures(absolute));
        configuration.data(SqliteFailures.FILE, absolute);
        Database database = new Database(Engine.SQLITE, absolute, absolute.toString(), dataSource,
                DSL.using(configuration));
        if (!access.readOnly()) {
            database.migrate(clock);
        }
        return database;
    }

    /**
     * Opens a PostgreSQL database through a pool of connections (the window's workers and the central site's imports
     * use several at once), and migrates it. Its local files (the site's keys) go to the server's local folder, named
     * after the host, port and database.
     */
    public static Database open(PostgresServer server, Clock clock) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url().jdbcUrl());
        config.setUsername(server.user());
        server.password().ifPresent(config::setPassword);
        config.setPoolName("missiondesk " + server);
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);  // an idle window holds no connection of the server's…
        config.setIdleTimeout(Duration.ofSeconds(30).toMillis());  // …for longer than half a minute, not ten
        config.setInitializationFailTimeout(-1);  // the first use says why the server cannot be reached, in words
        HikariDataSource pool = new HikariDataSource(config);
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(pool).set(SQLDialect.POSTGRES)
                .set(new Settings().withExecuteLogging(false).withRenderSchema(false));
        Path anchor = server.localFolder().toAbsolutePath().resolve(server.url().localName());
        Database database = new Database(Engine.POSTGRESQL, anchor, server.toString(), pool,
                DSL.using(configuration));
        try {
            database.migrate(clock);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return database;
    }

    /** Closes a PostgreSQL database's pool of connections; a SQLite file holds none between statements. */
    public void close() {
        if (dataSource instanceof HikariDataSource pool) {
            pool.close();
        }
    }

    /**
     * Creates the file empty and owner-only before SQLite opens it, which then gives its {@code -wal} and
     * {@code -shm} files the same permissions; a database from before files were owner-only is made so.
     */
    private static void createOwnerOnly(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(e, "database.folderIsAFile", file, e.getFile());
        } catch (IOException e) {
            throw new StoreException(e, "database.cannotCreateFolder", file, e.getMessage());
        }
        try {
            if (!Files.exists(file)) {
                SafeFiles.createOwnerOnly(file);
            }
        } catch (FileAlreadyExistsException e) {
            // created meanwhile by another process, or a link to a file not there yet: SQLite opens what is there
        } catch (IOException e) {
            throw new StoreException(e, "database.cannotCreate", file, e.getMessage());
        }
        try {
            SafeFiles.createOwnerOnly(file);
        } catch (FileAlreadyExistsException e) {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                SafeFiles.ownerOnly(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new StoreException(e, "database.cannotOpen", file, e.getMessage());
        }
    }

    private static SQLiteDataSource dataSource(Path file, Access access) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        if (access.readOnly()) {
            config.setReadOnly(true); // and the journal mode stays the file's: changing it would be a write
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        if (access.maxPages() > 0) {
            config.setMaxPageCount(access.maxPages());
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    private void migrate(Clock clock) {
        String applied = appliedVersion();
        if (engine.schemaVersion().equals(applied)) {
            return;
        }
        try {
            newer(applied).ifPresent(version -> {
                throw new StoreException(null, "database.newerSchema", file, version,
                        engine.schemaVersion());
            });
            if (applied == null && hasTables()) {
                throw new StoreException(null, "database.noSchemaHistory", location);
            }
            Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:" + engine.migrations())
                    .group(true).load();
            MigrationInfoService info = flyway.info();
            if (info.current() != null && info.pending().length > 0) {
                Backups.of(this).rotating("before-migration-to-v" + info.pending()[info.pending().length - 1]
                        .getVersion(), clock.instant());
            }
            if (engine == Engine.SQLITE) {
                KeyFile.beside(this).moveOutOf(dsl);
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw SqliteFailures.explain(e, file).orElseGet(() -> new StoreException(e, "database.cannotOpen",
                    location, e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /**
     * The last version migrated to, or null for a file without MissionDesk's schema history (a new one); a file
     * SQLite cannot open or read is refused in words.
     */
    private String appliedVersion() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet last = statement.executeQuery("SELECT version FROM flyway_schema_history "
                        + "WHERE success ORDER BY installed_rank DESC LIMIT 1")) {
            return last.next() ? last.getString(1) : null;
        } catch (SQLException e) {
            if (lacksSchemaHistory()) {
                return null;
            }
            throw SqliteFailures.explain(e, file).orElseGet(() -> new StoreException(e, "database.cannotOpen",
                    location, SqliteFailures.words(e)));
        }
    }

    /** Another program's database, or ours with its schema history gone: Flyway must not migrate it. */
    private boolean hasTables() {
        return !tables().isEmpty();
    }

    /** A database read without Flyway's table (a new one); false when it cannot be read, which the caller reports. */
    private boolean lacksSchemaHistory() {
        try {
            return !tables().contains("flyway_schema_history");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The names of the tables of the database (on PostgreSQL, of the schema it works in). */
    java.util.List<String> tables() {
        return (engine == Engine.SQLITE
                ? dsl.fetch("select name from sqlite_master where type = 'table'")
                : dsl.fetch("select table_name from information_schema.tables where table_schema = current_schema()"
                        + " and table_type = 'BASE TABLE'")).getValues(0, String.class);
    }

    /** The schema version of a database a newer MissionDesk migrated, which this build cannot use; else empty. */
    Optional<String> newerSchema() {
        return newer(appliedVersion());
    }

    private Optional<String> newer(String applied) {
        return Optional.ofNullable(applied)
                .filter(v -> MigrationVersion.fromVersion(v).isNewerThan(engine.schemaVersion()));
    }

    /**
     * An unexpected failure while using this database, in words when SQLite's answer or the file itself explains it
     * (a failing disk, a file SQLite cannot open, damage found by a check run now); any other failure as it is.
     */
    public RuntimeException explained(RuntimeException failure) {
        if (failure instanceof Explained || engine == Engine.POSTGRESQL) {
            return failure;  // a server's failures are the server's: its own words say what happened
        }
        return SqliteFailures.explain(failure, file).map(RuntimeException.class::cast)
                .or(() -> IntegrityCheck.damage(this)
                        .map(damage -> new StoreException(failure, "database.damaged", file, damage)))
                .orElse(failure);
    }

    public Engine engine() {
        return engine;
    }

    /**
     * The SQLite file; for a PostgreSQL database, the name on this machine the files it keeps locally are named
     * after (the site's keys beside it), which is no database.
     */
    public Path file() {
        return file;
    }

    /** Where the database is, to be shown: the file's path, or the server's URL (never with a password). */
    public String location() {
        return location;
    }

    /** Plain JDBC connections with the same settings: Flyway's, the benchmark's floors, and 'db copy'. */
    DataSource dataSource() {
        return dataSource;
    }

    public DSLContext dsl() {
        return dsl;
    }
}
