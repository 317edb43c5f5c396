package be.inasti.missiondesk.store;

import be.inasti.missiondesk.domain.Explanation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Decides whether a file may replace the database: a SQLite file, with MissionDesk's schema history (Flyway's
 * table), no migration this build does not know (a copy from a newer MissionDesk), and intact pages.
 */
final class RestorableCopy {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private RestorableCopy() {
    }

    static void check(Path candidate) {
        if (!Files.isRegularFile(candidate)) {
            throw refused(candidate, "restore.noSuchFile");
        }
        if (!startsLikeSqlite(candidate)) {
            throw refused(candidate, "restore.notSqlite");
        }
        Database copy = Database.open(candidate, Database.Access.READ_ONLY, Clock.systemUTC());
        DSLContext dsl = copy.dsl();
        if (!dsl.fetchExists(dsl.selectOne().from("sqlite_master").where("name = 'flyway_schema_history'"))) {
            throw refused(candidate, "restore.noSchemaHistory");
        }
        copy.newerSchema().ifPresentOrElse(version -> {
            throw refused(candidate, "restore.newerSchema", version, Engine.SQLITE.schemaVersion());
        }, () -> requireIntact(copy, candidate));
    }

    private static boolean startsLikeSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            throw refused(file, "restore.unreadable", e.getMessage());
        }
    }

    private static void requireIntact(Database copy, Path candidate) {
        List<String> result = copy.dsl().fetch("pragma integrity_check").getValues(0, String.class);
        if (!result.equals(List.of("ok"))) {
            throw refused(candidate, "restore.damaged", result.getFirst());
        }
    }

    private static StoreException refused(Path file, String whyKey, Object... arguments) {
        return new StoreException(null, "backup.cannotRestore", file, Explanation.of(whyKey, arguments));
    }
}
