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
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The local SQLite file: created with its folder on first open, migrated by Flyway, and opened with foreign keys
 * on, WAL journal and full sync (a laptop whose battery dies keeps every committed change). A database that
 * already holds data is copied to the backups folder before any migration, and all pending migrations run in one
 * transaction, so a crash while upgrading leaves the old schema or the new one, never half of it.
 */
public final class Database {
    private final Path file;
    private final SQLiteDataSource dataSource;
    private final DSLContext dsl;

    /**
     * How connections are opened: {@link #NORMAL}; read-only (a copy inspected without changing it); or with a cap
     * on the number of pages, which makes a full disk reproducible in tests (0: no cap).
     */
    public record Access(boolean readOnly, int maxPages) {
        public static final Access NORMAL = new Access(false, 0);
        public static final Access READ_ONLY = new Access(true, 0);
    }

    private Database(Path file, SQLiteDataSource dataSource, DSLContext dsl) {
        this.file = file;
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
        Database database = new Database(absolute, dataSource, DSL.using(configuration));
        if (!access.readOnly()) {
            database.migrate(clock);
        }
        return database;
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

    /** The version the bundled migrations lead to; a test holds it to the last migration file. */
    static final String SCHEMA_VERSION = "7";

    private void migrate(Clock clock) {
        String applied = appliedVersion();
        if (SCHEMA_VERSION.equals(applied)) {
            return;  // Flyway would scan the class path for migrations and check each: a fifth of a second per start
        }
        try {
            newer(applied).ifPresent(version -> {
                throw new StoreException(null, "database.newerSchema", file, version, SCHEMA_VERSION);
            });
            if (applied == null && hasTables()) {
                throw new StoreException(null, "database.noSchemaHistory", file);
            }
            Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .group(true).load();
            MigrationInfoService info = flyway.info();
            if (info.current() != null && info.pending().length > 0) {
                Backups.of(this).rotating("before-migration-to-v" + info.pending()[info.pending().length - 1]
                        .getVersion(), clock.instant());
            }
            KeyFile.beside(this).moveOutOf(dsl);
            flyway.migrate();
        } catch (FlywayException e) {
            throw SqliteFailures.explain(e, file).orElseGet(() -> new StoreException(e, "database.cannotOpen", file,
                    e.getMessage().lines().findFirst().orElse("")));
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
                        + "WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1")) {
            return last.next() ? last.getString(1) : null;
        } catch (SQLException e) {
            if (SqliteFailures.words(e).equals("no such table: flyway_schema_history")) {
                return null;
            }
            throw SqliteFailures.explain(e, file).orElseGet(() -> new StoreException(e, "database.cannotOpen", file,
                    SqliteFailures.words(e)));
        }
    }

    /** Another program's database, or ours with its schema history gone: Flyway must not migrate it. */
    private boolean hasTables() {
        return dsl.fetchExists(dsl.selectOne().from("sqlite_master").where("type = 'table'"));
    }

    /** The schema version of a database a newer MissionDesk migrated, which this build cannot use; else empty. */
    Optional<String> newerSchema() {
        return newer(appliedVersion());
    }

    private static Optional<String> newer(String applied) {
        return Optional.ofNullable(applied).filter(v -> MigrationVersion.fromVersion(v).isNewerThan(SCHEMA_VERSION));
    }

    /**
     * An unexpected failure while using this database, in words when SQLite's answer or the file itself explains it
     * (a failing disk, a file SQLite cannot open, damage found by a check run now); any other failure as it is.
     */
    public RuntimeException explained(RuntimeException failure) {
        if (failure instanceof Explained) {
            return failure;
        }
        return SqliteFailures.explain(failure, file).map(RuntimeException.class::cast)
                .or(() -> IntegrityCheck.damage(this)
                        .map(damage -> new StoreException(failure, "database.damaged", file, damage)))
                .orElse(failure);
    }

    public Path file() {
        return file;
    }

    /** Plain JDBC connections with the same settings: Flyway's, and the benchmark's floors. */
    SQLiteDataSource dataSource() {
        return dataSource;
    }

    public DSLContext dsl() {
        return dsl;
    }
}
