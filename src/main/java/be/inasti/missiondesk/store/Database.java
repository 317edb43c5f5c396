package be.inasti.missiondesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The local SQLite file: created with its folder on first open, migrated by Flyway, and opened with foreign keys
 * on, WAL journal and full sync (a laptop whose battery dies keeps every committed change).
 */
public final class Database {
    private final Path file;
    private final SQLiteDataSource dataSource;
    private final DSLContext dsl;

    private Database(Path file, SQLiteDataSource dataSource, DSLContext dsl) {
        this.file = file;
        this.dataSource = dataSource;
        this.dsl = dsl;
    }

    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of the database " + absolute + ": " + e, e);
        }
        SQLiteDataSource dataSource = dataSource(absolute);
        migrate(dataSource, absolute);
        Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);
        return new Database(absolute, dataSource, DSL.using(dataSource, SQLDialect.SQLITE, settings));
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    private static void migrate(SQLiteDataSource dataSource, Path file) {
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Plain JDBC connections with the same settings, for the benchmark's floors. */
    SQLiteDataSource dataSource() {
        return dataSource;
    }
}
