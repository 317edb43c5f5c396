package be.inasti.missiondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 4: a database from a newer MissionDesk is refused before anything is written to it, naming the
 * version it needs; a damaged one (garbage written over its pages, a table dropped, its first page gone) makes
 * every command say so in one line and point to {@code check} and {@code restore}, and {@code check} itself
 * reports what it finds instead of failing.
 */
class NewerOrDamagedDatabaseTest extends CliTestBase {
    static final String[] ADD = {"mission", "add", "--type", "TITRES_SERVICES", "--office", "NAMUR", "--assignee",
        "vrenard", "--received", "2026-11-10", "--niss", NISS, "--name", "Marie Dupont"};

    @BeforeEach
    void aDeskWithMissions() {
        assertThat(run("--db", db(), "demo", "--missions", "600", "--seed", "3").exit()).isZero();
        addTitresServices();
    }

    void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    Run[] everyKindOfCommand() {
        String[] add = new String[ADD.length + 2];
        add[0] = "--db";
        add[1] = db();
        System.arraycopy(ADD, 0, add, 2, ADD.length);
        return new Run[] {run("--db", db(), "queue"), run("--db", db(), "queue", "--format", "csv"), run(add),
            run("--db", db(), "kpi"), run("--db", db(), "team", "at-risk")};
    }

    @Test
    void aDatabaseFromANewerMissionDeskIsRefusedBeforeAnythingIsWritten() throws Exception {
        sql("insert into flyway_schema_history (installed_rank, version, description, type, script, installed_by, "
                + "execution_time, success) values (99, '99', 'future', 'SQL', 'V99__future.sql', 'x', 0, 1)");
        byte[] before = Files.readAllBytes(Path.of(db()));

        Run[] runs = everyKindOfCommand();

        for (Run run : runs) {
            assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
            assertThat(run.err()).contains("newer MissionDesk", "schema version 99").containsPattern("up to \\d+:");
        }
        assertThat(Files.readAllBytes(Path.of(db()))).isEqualTo(before);
    }

    /** Garbage over the first page of each b-tree of the missions and clocks: every reading of them meets it. */
    @Test
    void garbageOverItsPagesIsSaidToBeDamageAndCheckReportsIt() throws Exception {
        sql("pragma wal_checkpoint(truncate)");
        List<Integer> roots = new ArrayList<>();
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select pageno from dbstat where path = '/' and name in (select name "
                    + "from sqlite_master where tbl_name in ('mission', 'clock'))")) {
                while (r.next()) {
                    roots.add(r.getInt(1));
                }
            }
            try (ResultSet r = s.executeQuery("pragma page_size")) {
                pageSize = r.getInt(1);
            }
        }
        byte[] garbage = "garbage! ".repeat(pageSize / 9 + 1).substring(0, pageSize)
                .getBytes(StandardCharsets.US_ASCII);
        try (RandomAccessFile file = new RandomAccessFile(db(), "rw")) {
            for (int page : roots) {
                file.seek((long) (page - 1) * pageSize);
                file.write(garbage);
            }
        }

        assertDamageIsSaid();
    }

    @Test
    void aDroppedTableIsSaidToBeDamageAndCheckReportsIt() throws Exception {
        sql("pragma foreign_keys = off", "drop table clock");

        assertDamageIsSaid();
        assertThat(run("--db", db(), "check").out()).contains("clock");
    }

    private void assertDamageIsSaid() {
        for (Run run : everyKindOfCommand()) {
            assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
            assertThat(run.err()).contains("is damaged", "missiondesk check", "missiondesk restore");
        }
        Run check = run("--db", db(), "check");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.err()).isBlank();
        assertThat(check.out()).contains("FAIL", "'missiondesk restore' can bring back a backup");
    }

    @Test
    void aDatabaseWhoseFirstPageIsGoneIsSaidInOneLineByEveryCommandAndByCheck() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(db(), "rw")) {
            file.write("garbage! ".repeat(20).getBytes(StandardCharsets.US_ASCII));
        }
        byte[] before = Files.readAllBytes(Path.of(db()));

        List<Run> runs = new ArrayList<>(List.of(everyKindOfCommand()));
        runs.add(run("--db", db(), "check"));

        for (Run run : runs) {
            assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
            assertThat(run.err()).contains("not a MissionDesk database", "missiondesk restore");
        }
        assertThat(Files.readAllBytes(Path.of(db()))).isEqualTo(before);
    }
}
