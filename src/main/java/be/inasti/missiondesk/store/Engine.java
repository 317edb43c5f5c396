package be.inasti.missiondesk.store;

import org.jooq.SQLDialect;

/**
 * The two engines a database runs on: a SQLite file (a desk, an inspector, a small office) or a PostgreSQL server
 * (a central office shared by its coordinators). jOOQ's classes are generated from the SQLite schema and render for
 * either dialect; each engine has its own migrations where the SQL differs (design.md, "Two engines").
 */
public enum Engine {
    SQLITE(SQLDialect.SQLITE, "db/migration", "7"),
    /** A migration more than SQLite: V8, the indexes a central office of a million missions reads (design.md). */
    POSTGRESQL(SQLDialect.POSTGRES, "db/postgresql", "8");

    private final SQLDialect dialect;
    private final String migrations;
    private final String schemaVersion;

    Engine(SQLDialect dialect, String migrations, String schemaVersion) {
        this.dialect = dialect;
        this.migrations = migrations;
        this.schemaVersion = schemaVersion;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /** The class-path folder of this engine's migrations. */
    String migrations() {
        return migrations;
    }

    /**
     * The version of this engine's last migration: opening a database at it skips Flyway, which would scan the class
     * path for migrations and check each, a fifth of a second per start.
     */
    String schemaVersion() {
        return schemaVersion;
    }

    static Engine of(org.jooq.DSLContext dsl) {
        return dsl.dialect().family() == SQLDialect.POSTGRES ? POSTGRESQL : SQLITE;
    }
}
