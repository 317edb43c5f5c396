package be.inasti.missiondesk.cli;

import static be.inasti.missiondesk.flows.Fixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.store.TableDigest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** {@code backup}, {@code restore} and {@code check}, and the automatic backups, run as a user would. */
class BackupRestoreCheckCliTest extends CliTestBase {

    String digest() {
        return TableDigest.of(Path.of(db()), TableDigest.WALL_CLOCK);
    }

    void sql(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    Path backupsFolder() {
        return Path.of(db()).resolveSibling("backups");
    }

    long backups() throws Exception {
        try (Stream<Path> files = Files.list(backupsFolder())) {
            return files.filter(f -> f.toString().endsWith(".db")).count();
        }
    }

    @Test
    void aBackupTakenWhileTheDatabaseIsInUseRestoresExactlyWhatWasThere() throws Exception {
        addTitresServices();
        String before = digest();
        Path copy = folder.resolve("copy.db");

        Run backup = run("--db", db(), "backup", "--to", copy.toString());
        addTitresServices();
        Run restore = run("--db", db(), "restore", copy.toString());

        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(TableDigest.integrity(copy)).isEqualTo("ok");
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("restored from", "the database as it was is kept in");
        assertThat(digest()).isEqualTo(before);
        assertThat(json(run("--db", db(), "queue", "--format", "json"))).hasSize(1);
    }

    @Test
    void aBackupNeverOverwritesAFile() throws Exception {
        Path existing = Files.writeString(folder.resolve("precious.txt"), "keep me");

        Run backup = run("--db", db(), "backup", "--to", existing.toString());

        assertThat(backup.exit()).isEqualTo(1);
        assertThat(backup.err()).contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void restoreRefusesWhatIsNotAMissionDeskDatabaseAndChangesNothing() throws Exception {
        addTitresServices();
        String before = digest();
        Path csv = Files.writeString(folder.resolve("missions.db"), "niss;nom\n85073003328;Marie Dupont\n");
        Path otherSqlite = folder.resolve("other.db");
        sql(otherSqlite, "create table t (x)");

        Run notSqlite = run("--db", db(), "restore", csv.toString());
        Run notOurs = run("--db", db(), "restore", otherSqlite.toString());
        Run missing = run("--db", db(), "restore", folder.resolve("nowhere.db").toString());

        assertThat(notSqlite.err()).contains("not a MissionDesk database (not even a SQLite file)");
        assertThat(notOurs.err()).contains("not a MissionDesk database (no schema history)");
        assertThat(missing.err()).contains("there is no such file");
        assertThat(Stream.of(notSqlite, notOurs, missing)).allMatch(r -> r.exit() == 1);
        assertThat(digest()).isEqualTo(before);
    }

    @Test
    void restoreRefusesACopyFromANewerMissionDesk() throws Exception {
        addTitresServices();
        Path newer = folder.resolve("newer.db");
        run("--db", db(), "backup", "--to", newer.toString());
        sql(newer, "insert into flyway_schema_history (installed_rank, version, description, type, script, "
                + "installed_by, execution_time, success) values (99, '99', 'future', 'SQL', 'V99__future.sql', "
                + "'x', 0, 1)");
        String before = digest();

        Run restore = run("--db", db(), "restore", newer.toString());

        assertThat(restore.exit()).isEqualTo(1);
        assertThat(restore.err()).contains("comes from a newer MissionDesk (schema version 99)");
        assertThat(digest()).isEqualTo(before);
    }

    @Test
    void aDatabaseWithDataIsCopiedBeforeItIsMigratedAndTheCopyIsTheOldDatabase() throws Exception {
        Path old = Path.of(db());
        Flyway.configure().dataSource("jdbc:sqlite:" + old, null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        sql(old, "insert into setting values ('language', 'nl')");
        String before = digest();

        Run check = run("--db", db(), "check");

        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        try (Stream<Path> files = Files.list(backupsFolder())) {
            Path copy = files.filter(f -> f.getFileName().toString().contains("before-migration-to-v"))
                    .findFirst().orElseThrow();
            assertThat(TableDigest.of(copy, TableDigest.WALL_CLOCK)).isEqualTo(before);
        }
    }

    @Test
    void onlyTheConfiguredNumberOfAutomaticBackupsIsKept() throws Exception {
        Run keep = run("--db", db(), "backup", "--keep", "2");
        for (String file : new String[] {"affiliates-cnh-1252.csv", "requests-2026-11.csv"}) {
            run("--db", db(), "flow", file.startsWith("aff") ? "affiliates" : "requests",
                    flow(file).toString(), "--office", "WAVRE");
        }
        run("--db", db(), "flow", "births", flow("births-good-comma.csv")
                .toString(), "--office", "NAMUR", "--received", "2026-11-20");

        assertThat(keep.exit()).as(keep.err()).isZero();
        assertThat(keep.out()).contains("the last 2 automatic backups will be kept");
        assertThat(backups()).isEqualTo(2);
        assertThat(run("--db", db(), "backup", "--keep", "0").err()).contains("at least one backup must be kept");
    }

    @Test
    void checkPassesOnAHealthyDatabase() {
        addTitresServices();

        Run check = run("--db", db(), "check");

        assertThat(check.exit()).as(check.out()).isZero();
        assertThat(check.out()).contains("ok    pages and indexes", "ok    every mission has its creation",
                "every check passed");
    }

    @Test
    void checkReportsAHoleInTheOperationLogAndAMissionWithoutItsCreationAndExitsOne() throws Exception {
        addTitresServices();
        sql(Path.of(db()), "update operation set origin_seq = origin_seq + 3 where origin_seq > 1",
                "drop trigger history_is_append_only_delete",
                "delete from history where kind = 'CREATED'");

        Run check = run("--db", db(), "check");

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("FAIL  this site's operation log (LOCAL) has no holes",
                "operations 2–4 are missing", "FAIL  every mission has its creation in the history",
                "has no CREATED history row", "2 check(s) found problems");
    }
}
