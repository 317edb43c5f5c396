package be.inasti.missiondesk.store;

import org.jooq.SQLDialect;

/**
 * The two engines a database runs on: a SQLite file (a desk, an inspector, a small office) or a PostgreSQL server
 * (a central office shared by its coordinators). jOOQ's classes are generated from the SQLite schema and render for
 * either dialect; each engine has its own migrations where the SQL differs (design.md, "Two engines").
 */
public enum Engine {
    SQLITE(SQLDialect.SQLITE, "classpath:db/migration"),
    POSTGRESQL(SQLDialect.POSTGRES, "classpath:db/postgresql");

    private final SQLDialect dialect;
    private final String migrations;

    Engine(SQLDialect dialect, String migrations) {
        this.dialect = dialect;
        this.migrations = migrations;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    String migrations() {
        return migrations;
    }

    static Engine of(org.jooq.DSLContext dsl) {
        return dsl.dialect().family() == SQLDialect.POSTGRES ? POSTGRESQL : SQLITE;
    }
}
