package be.inasti.missiondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliTest extends CliTestBase {
    @Test
    void addPrintsTheNewIdLastAndStartsTheTypesClockOnTheReceivedDate() throws Exception {
        String id = addTitresServices();

        JsonNode queue = json(run("--db", db(), "queue", "--format", "json"));

        assertThat(queue).hasSize(1);
        JsonNode mission = queue.get(0);
        assertThat(mission.get("id").asText()).isEqualTo(id);
        assertThat(mission.get("subjectId").asText()).isEqualTo(NISS);
        JsonNode clock = mission.get("clocks").get(0);
        assertThat(clock.get("objective").asText()).isEqualTo("CNH 4-01");
        assertThat(clock.get("started").asText()).isEqualTo("2026-11-10");
        assertThat(clock.get("due").asText()).isEqualTo("2026-11-30");
        assertThat(clock.get("remainingDays").asInt()).isEqualTo(7);
        assertThat(clock.get("remainingWorkingDays").asInt()).isEqualTo(5);
        assertThat(clock.get("state").asText()).isEqualTo("ON_TRACK");
    }

    @Test
    void aWrongNissIsRefusedWithOneLineNamingTheFieldAndNothingIsStored() throws Exception {
        Run refused = run("--db", db(), "mission", "add", "--type", "TITRES_SERVICES", "--office", "NAMUR",
                "--assignee", "vrenard", "--received", "2026-11-10", "--niss", "85073003329");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).startsWith("missiondesk: NISS '85073003329': check digits do not match")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(json(run("--db", db(), "queue", "--format", "json"))).isEmpty();
    }

    @Test
    void firingAnEventStopsTheClockAndAnEventNotAllowedNamesTheAllowedOnes() throws Exception {
        String id = addTitresServices();

        Run paid = run("--db", db(), "mission", "event", id, "paiement-execute", "--on", "2026-11-20");
        assertThat(paid.exit()).isEqualTo(1);
        assertThat(paid.err()).contains("allowed now: droit-accorde, droit-refuse");

        Run granted = run("--db", db(), "mission", "event", id.substring(0, 8), "droit-accorde", "--on", "2026-11-20");
        assertThat(granted.exit()).as(granted.err()).isZero();
        assertThat(granted.out()).contains("RECEIVED -> RIGHT_GRANTED (DROIT_ACCORDE)", "clock CNH 4-01 stopped 2026-11-20");

        JsonNode clock = json(run("--db", db(), "queue", "--format", "json")).get(0).get("clocks").get(0);
        assertThat(clock.get("stopped").asText()).isEqualTo("2026-11-20");
        assertThat(clock.get("state").asText()).isEqualTo("MET");
        assertThat(run("--db", db(), "mission", "show", id).out()).contains("TRANSITION event null -> droit-accorde");
    }

    @Test
    void anInformationRequestNeedsItsServicesObjective() throws Exception {
        Run refused = run("--db", db(), "mission", "add", "--type", "info_request", "--office", "WAVRE",
                "--assignee", "amartin", "--received", "2026-11-02");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("CNH 5-01", "VOB 4-01");

        run("--db", db(), "mission", "add", "--type", "INFO_REQUEST", "--office", "WAVRE", "--assignee", "amartin",
                "--received", "2026-11-02", "--objective", "CNH 5-01", "--bce", "0203.201.340");
        JsonNode clock = json(run("--db", db(), "queue", "--format", "json")).get(0).get("clocks").get(0);
        assertThat(clock.get("objective").asText()).isEqualTo("CNH 5-01");
        assertThat(clock.get("due").asText()).isEqualTo("2026-12-02");
    }

    @Test
    void anImpossibleDateIsAUsageErrorThatSaysWhatIsWrong() {
        Run run = run("--db", db(), "--today", "2026-02-30", "queue");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'2026-02-30' is not a date");
    }

    @Test
    void todayMovesTheDateTheCountdownsAreComputedFor() throws Exception {
        addTitresServices();

        JsonNode clock = json(run("queue", "--db", db(), "--today", "2026-12-02", "--format", "json")).get(0)
                .get("clocks").get(0);

        assertThat(clock.get("remainingDays").asInt()).isEqualTo(-2);
        assertThat(clock.get("state").asText()).isEqualTo("OVERDUE");
    }

    @Test
    void kpiReportsAttainmentPerObjectiveAndTierInJson() throws Exception {
        String id = addTitresServices();
        run("--db", db(), "mission", "event", id, "droit-accorde", "--on", "2026-12-05", "--today", "2026-12-06");

        JsonNode rows = json(run("--db", db(), "--today", "2026-12-06", "kpi", "--from", "2026-12-01", "--format",
                "json"));

        JsonNode cnh = find(rows, "CNH 4-01", 20);
        assertThat(cnh.get("normPercent").asInt()).isEqualTo(95);
        assertThat(cnh.get("stopped").asInt()).isEqualTo(1);
        assertThat(cnh.get("met").asInt()).isZero();
        assertThat(cnh.get("attainmentPercent").asDouble()).isZero();
        assertThat(cnh.get("openOverdue").asInt()).isZero();
        assertThat(find(rows, "ECL 5-01", 180).get("normPercent").asInt()).isEqualTo(80);
        assertThat(cnh.get("label").get("nl").asText())
                .isEqualTo("Dienstencheques na bevalling: beslissing over het recht");
        assertThat(run("--db", db(), "--today", "2026-12-06", "kpi", "--from", "2026-12-01").out())
                .contains("Service vouchers after childbirth: decision on entitlement")
                .doesNotContain("Titres-services");
    }

    /** VOB 1-01 is neutralised from July to December 2019: a quarter inside says so, the year it overlaps does not. */
    @Test
    void kpiSaysWhichObjectivesTheContractNeutralisesOverThePeriod() throws Exception {
        JsonNode q3 = json(run("--db", db(), "--today", "2026-12-06", "kpi", "--from", "2019-07-01", "--to",
                "2019-09-30", "--format", "json"));
        JsonNode year = json(run("--db", db(), "--today", "2026-12-06", "kpi", "--from", "2019-01-01", "--to",
                "2019-12-31", "--format", "json"));

        assertThat(find(q3, "VOB 1-01", 60).get("neutralised").asBoolean()).isTrue();
        assertThat(find(q3, "VOB 4-01", 30).get("neutralised").asBoolean()).isFalse();
        assertThat(find(year, "VOB 1-01", 60).get("neutralised").asBoolean()).isFalse();
        assertThat(run("--db", db(), "--today", "2026-12-06", "kpi", "--from", "2019-07-01", "--to", "2019-09-30")
                .out().lines().filter(l -> l.startsWith("VOB 1-01"))).singleElement().asString()
                .contains("neutralised");
    }

    private static JsonNode find(JsonNode rows, String objective, int tierDays) {
        for (JsonNode row : rows) {
            if (row.get("objective").asText().equals(objective) && row.get("tierDays").asInt() == tierDays) {
                return row;
            }
        }
        throw new AssertionError("no row " + objective + " " + tierDays + " in " + rows);
    }

    @Test
    void aKpiPeriodEndingBeforeItStartsIsRefusedInOneLine() {
        Run run = run("--db", db(), "kpi", "--from", "2026-12-01", "--to", "2026-11-01");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("missiondesk: the period ends (2026-11-01) before it starts (2026-12-01)");
    }

    @Test
    void demoDataIsTheSameForTheSameSeed() {
        String first = folder.resolve("a.db").toString();
        String second = folder.resolve("b.db").toString();
        assertThat(run("--db", first, "demo", "--missions", "300", "--seed", "42").exit()).isZero();
        assertThat(run("--db", second, "demo", "--missions", "300", "--seed", "42").exit()).isZero();

        String queueA = run("--db", first, "queue", "--all", "--format", "csv").out();
        String queueB = run("--db", second, "queue", "--all", "--format", "csv").out();

        assertThat(queueA.lines().count()).isGreaterThan(300);
        assertThat(queueA).isEqualTo(queueB);
        assertThat(queueA).contains("OVERDUE", "AT_RISK", "ON_TRACK", "MET", "MISSED");
    }

    @Test
    void theDatabaseComesFromTheEnvironmentWhenNoOptionNamesIt() {
        Path fromEnv = folder.resolve("env/chosen.db");
        env = Map.of("MISSIONDESK_DB", fromEnv.toString());

        assertThat(run("demo", "--missions", "5").exit()).isZero();

        assertThat(Files.exists(fromEnv)).isTrue();
    }

    @Test
    void withoutACommandTheWindowOpensOnTheDefaultDatabaseInTheUsersDataFolder() {
        assertThat(run().exit()).isZero();

        assertThat(guiOpenedOn).hasSize(1);
        assertThat(guiOpenedOn.getFirst().database().file())
                .isEqualTo(folder.resolve("home/.local/share/missiondesk/missiondesk.db").toAbsolutePath());
        assertThat(guiOpenedOn.getFirst().actor().user()).isEqualTo("osuser");
    }

    @Test
    void theWindowsStartBuildsOnlyTheWindowsCommandYetHelpListsThemAll() {
        assertThat(Cli.opensTheWindow()).isTrue();
        assertThat(Cli.opensTheWindow("--db", "x.db", "gui", "--exit-when-ready")).isTrue();
        assertThat(Cli.opensTheWindow("--db", "x.db", "queue")).isFalse();
        assertThat(Cli.opensTheWindow("--help")).isFalse();

        assertThat(run("gui").exit()).isZero();
        assertThat(guiOpenedOn).hasSize(1);
        assertThat(run("--help").out()).contains("queue", "kpi", "export", "import", "bench");
    }

    @Test
    void everyCommandAnswersHelp() {
        Run queue = run("queue", "--help");
        Run siteInit = run("site", "init", "-h");

        assertThat(queue.exit()).isZero();
        assertThat(queue.out()).startsWith("Usage: missiondesk queue").contains("--state=<state>")
                .containsPattern("--state=<state>\\s+Only missions whose most urgent open clock");
        assertThat(siteInit.exit()).isZero();
        assertThat(siteInit.out()).startsWith("Usage: missiondesk site init");
    }

    @Test
    void aDatabaseThatIsNotOneIsRefusedWithItsPath() throws Exception {
        Path notADatabase = folder.resolve("notes.db");
        Files.writeString(notADatabase, "these are not the tables you are looking for".repeat(100));

        Run run = run("--db", notADatabase.toString(), "queue");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(notADatabase.toAbsolutePath() + " is not a MissionDesk database");
    }
}
