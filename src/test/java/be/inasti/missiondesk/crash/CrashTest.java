package be.inasti.missiondesk.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Stamp;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.workflow.MissionLifecycle;
import be.inasti.missiondesk.domain.workflow.NewMission;
import be.inasti.missiondesk.domain.workflow.Recorded;
import be.inasti.missiondesk.domain.workflow.Workflows;
import be.inasti.missiondesk.store.Backups;
import be.inasti.missiondesk.store.MissionStore;
import be.inasti.missiondesk.store.TableDigest;
import be.inasti.missiondesk.sync.BatchFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The power cut, in a child JVM killed with SIGKILL at spread-out moments of each operation that writes: a batch
 * import, an export, a flow import, demo generation and a migration. 202 kill points in all.
 */
class CrashTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final int MISSIONS = 300;
    /** Flow imports give missions random ids: two complete runs differ in ids, never in content. */
    static final Pattern RANDOM_IDS = Pattern.compile(TableDigest.WALL_CLOCK.pattern()
            + "|.*\\.(id|.*_id)|operation\\.new_value");

    @TempDir
    static Path scratch;

    static Path prepared;
    static Services[] sites;

    @BeforeAll
    static void prepare() {
        prepared = scratch.resolve("prepared");
    }

    /** Kills the scenario {@code points} times; some kills must find it undone, and some done. */
    static void kill(Scenario scenario, int points) {
        KillPoints.Tally tally = new KillPoints(scratch).kill(scenario, points);
        assertThat(tally.total()).isEqualTo(points);
        assertThat(tally.before()).as("kills that found the work undone").isPositive();
        assertThat(tally.after()).as("kills that found the work done").isPositive();
    }

    static Services open(Path file, String user) {
        return Services.open(file, Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), user);
    }

    /**
     * A folder holding a single-file copy of the database (no WAL beside it), its site's key file, which copies of the
     * database never carry, and the given inputs.
     */
    static Path folder(String name, Services services) {
        Path folder = prepared.resolve(name);
        Path database = folder.resolve(Scenario.DATABASE);
        new Backups(TestServices.store(services), 1).copyTo(database);
        Path keys = services.database().file().resolveSibling(services.database().file().getFileName() + ".keys");
        try {
            if (Files.exists(keys)) {
                Files.copy(keys, database.resolveSibling(database.getFileName() + ".keys"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    static String[] with(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", Scenario.DATABASE, "--today", TODAY.toString(),
                "--user", "crash"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    /** A desk with logged missions, and the central office that has registered it; prepared once. */
    static Services[] centralAndDesk() {
        if (sites == null) {
            sites = newCentralAndDesk();
        }
        return sites;
    }

    private static Services[] newCentralAndDesk() {
        Services central = open(prepared.resolve("sites/central.db"), "central");
        central.sync().init("CENTRAL", Office.CENTRAL, Role.CENTRAL);
        Services desk = open(prepared.resolve("sites/desk.db"), "desk");
        desk.sync().init("NAM-07", Office.NAMUR, Role.CASEWORKER);
        central.sync().exportIdentity(prepared.resolve("sites/central.json"), false);
        desk.sync().exportIdentity(prepared.resolve("sites/desk.json"), false);
        central.sync().register(prepared.resolve("sites/desk.json"));
        desk.sync().register(prepared.resolve("sites/central.json"));
        insertLogged(desk, MISSIONS);
        folder("export", desk); // before any export moves what the desk has sent
        return new Services[] {central, desk};
    }

    static void insertLogged(Services desk, int count) {
        Random random = new Random(7);
        MissionLifecycle lifecycle = new MissionLifecycle(desk.catalogue(), Workflows.bundled(),
                () -> new UUID(random.nextLong(), random.nextLong()));
        List<Recorded> missions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            missions.add(lifecycle.open(new NewMission(MissionType.TITRES_SERVICES, Office.NAMUR, "vrenard",
                    Subject.person(niss(i), "Marie Dupont " + i), Source.FLOW, TODAY.minusDays(i % 20), null,
                    Priority.NORMAL, null), TODAY));
        }
        new MissionStore(TestServices.store(desk), desk.catalogue()).insert(missions,
                new Stamp(desk.clock().instant(), "desk", "NAM-07"));
    }

    static Niss niss(int i) {
        return Niss.withCheckDigits("%02d%02d%02d%03d".formatted(60 + i % 30, 1 + i % 12, 1 + i % 28, 1 + i / 300),
                false);
    }

    @Test
    void aBatchImportIsAppliedWhollyOrNotAtAll() throws IOException {
        Services[] sites = centralAndDesk();
        Path folder = folder("import", sites[0]);
        sites[1].sync().export(folder.resolve("batch.mdb"), Optional.of("CENTRAL"), false, false);

        kill(Scenario.of("import", folder, TableDigest.WALL_CLOCK, with("import", "batch.mdb")), 42);
    }

    @Test
    void anExportLeavesACompleteFileOrNone() {
        centralAndDesk();
        Scenario export = Scenario.of("export", prepared.resolve("export"), TableDigest.WALL_CLOCK,
                with("export", "--to", "out/batch.mdb", "--for", "CENTRAL")).checkingOutput(work -> {
                    Path out = work.resolve("out");
                    for (Path file : KillPoints.list(out)) {
                        String name = file.getFileName().toString();
                        if (!KillPoints.isHiddenTemporary(name)) {
                            assertThat(name).isEqualTo("batch.mdb");
                            assertThatCode(() -> BatchFiles.requireComplete(file)).doesNotThrowAnyException();
                        }
                    }
                });

        kill(export, 40);
    }

    @Test
    void aFlowImportIsAppliedWhollyOrNotAtAll() throws IOException {
        Services desk = open(prepared.resolve("flows/desk.db"), "desk");
        StringBuilder affiliates = new StringBuilder("NISS,Nom,Caisse,Date affiliation\n");
        StringBuilder births = new StringBuilder("niss_mere;nom_mere;date_naissance;reference_enfant\n");
        for (int i = 0; i < MISSIONS; i++) {
            affiliates.append(niss(i).formatted()).append(",Mère ").append(i).append(",CNH,01/03/2015\n");
            births.append(niss(i).formatted()).append(";Mère ").append(i).append(";1").append(i % 9)
                    .append("/11/2026;RN-2026-").append(100_000 + i).append('\n');
        }
        Path affiliatesFile = Files.writeString(prepared.resolve("flows/affiliates.csv"), affiliates);
        desk.flows().importFile(affiliatesFile, ImportOptions.affiliates(TODAY, false), Progress.NONE);
        Path folder = folder("flow", desk);
        Files.writeString(folder.resolve("births.csv"), births);

        kill(Scenario.of("flow", folder, RANDOM_IDS, with("flow", "births", "births.csv", "--office", "NAMUR",
                "--received", "2026-11-20")), 40);
    }

    @Test
    void demoGenerationIsStoredWhollyOrNotAtAll() {
        Path folder = folder("demo", open(prepared.resolve("demo/empty.db"), "demo"));

        kill(Scenario.of("demo", folder, TableDigest.WALL_CLOCK, with("demo", "--missions", "1000", "--seed", "5")),
                40);
    }

    @Test
    void aMigrationLeavesTheOldSchemaOrTheNewOneAndABackupOfTheOld() throws SQLException, IOException {
        Services demo = open(prepared.resolve("migration/source.db"), "demo");
        demo.demo().generate(800, 9, Progress.NONE);
        Path folder = Files.createDirectories(prepared.resolve("migration-v1"));
        Path old = folder.resolve(Scenario.DATABASE);
        Flyway.configure().dataSource("jdbc:sqlite:" + old, null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            s.execute("attach '" + demo.database().file() + "' as source");
            for (String table : List.of("mission", "clock", "history")) {
                String columns = columnsOf(s, table);  // the old schema's: later migrations add some
                s.execute("insert into " + table + " select " + columns + " from source." + table);
            }
        }

        kill(Scenario.of("migration", folder, TableDigest.WALL_CLOCK, with("check")), 40);
    }

    private static String columnsOf(Statement s, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet info = s.executeQuery("pragma main.table_info(" + table + ")")) {
            while (info.next()) {
                columns.add(info.getString("name"));
            }
        }
        return String.join(", ", columns);
    }
}
