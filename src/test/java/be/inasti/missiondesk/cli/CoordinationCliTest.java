package be.inasti.missiondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coordinator's commands, and sync between two installations, run as a user would. */
class CoordinationCliTest extends CliTestBase {

    @BeforeEach
    void demo() {
        assertThat(run("--db", db(), "demo", "--missions", "1500", "--seed", "3").exit()).isZero();
    }

    @Test
    void teamListsEveryAgentWithOpenWorkAndAtRiskListsSoonestFirst() {
        Run team = run("--db", db(), "team", "--office", "NAMUR");
        assertThat(team.exit()).as(team.err()).isZero();
        assertThat(team.out()).startsWith("office  agent").contains("NAMUR   vrenard").doesNotContain("WAVRE");

        Run risks = run("--db", db(), "team", "at-risk", "--days", "5");
        assertThat(risks.exit()).as(risks.err()).isZero();
        assertThat(risks.out().lines().skip(1).map(l -> l.substring(0, 10)).toList()).isSorted();
    }

    @Test
    void queueByStateListsExactlyTheMissionsWhoseMostUrgentOpenClockIsInIt() throws Exception {
        List<JsonNode> open = new ArrayList<>();
        json(run("--db", db(), "queue", "--format", "json")).forEach(open::add);

        for (String state : List.of("OVERDUE", "AT_RISK", "ON_TRACK")) {
            List<String> expected = open.stream().filter(m -> mostUrgentState(m).equals(state))
                    .map(m -> m.get("id").asText()).toList();
            List<String> listed = new ArrayList<>();
            json(run("--db", db(), "queue", "--state", state, "--format", "json"))
                    .forEach(m -> listed.add(m.get("id").asText()));
            assertThat(listed).as(state).isNotEmpty().containsExactlyElementsOf(expected);
        }
        assertThat(open).as("a clock on track behind a more urgent one")
                .anyMatch(m -> !mostUrgentState(m).equals("ON_TRACK")
                        && m.get("clocks").findValuesAsText("state").contains("ON_TRACK"));
    }

    /** The state of the open clock due first (the first of equals), as the JSON shows each clock; none: ON_TRACK. */
    private static String mostUrgentState(JsonNode mission) {
        JsonNode urgent = null;
        for (JsonNode clock : mission.get("clocks")) {
            boolean open = clock.get("stopped").isNull();
            if (open && (urgent == null || clock.get("due").asText().compareTo(urgent.get("due").asText()) < 0)) {
                urgent = clock;
            }
        }
        return urgent == null ? "ON_TRACK" : urgent.get("state").asText();
    }

    @Test
    void balanceShowsAProposalAndMovesOnlyWithApply() {
        Run shown = run("--db", db(), "balance", "--from", "NAMUR/vrenard", "--to", "NAMUR/kdeprez,WAVRE/amartin");
        assertThat(shown.out()).contains("kdeprez (NAMUR) takes", "amartin (WAVRE) takes");
        assertThat(run("--db", db(), "queue", "--assignee", "vrenard", "--format", "csv").out().lines().count())
                .isGreaterThan(1);

        Run applied = run("--db", db(), "balance", "--from", "NAMUR/vrenard", "--to", "NAMUR/kdeprez,WAVRE/amartin",
                "--apply", "--reason", "congé de maladie");

        assertThat(applied.out()).containsPattern("\\d+ mission\\(s\\) moved");
        assertThat(run("--db", db(), "queue", "--assignee", "vrenard", "--format", "csv").out().lines().count())
                .isEqualTo(1);
    }

    @Test
    void aWrongAgentIsAUsageErrorThatSaysHowToTypeOne() {
        Run run = run("--db", db(), "reassign", "abc", "--to", "vrenard", "--reason", "x");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("type OFFICE/login");
    }

    @Test
    void reportWritesAPdfAndACsv() throws Exception {
        Path pdf = folder.resolve("out/rapport.pdf");
        Path csv = folder.resolve("out/rapport.csv");

        assertThat(run("--db", db(), "report", "--from", "2026-01-01", "--to", "2026-11-23", "--format", "pdf",
                "--out", pdf.toString()).exit()).isZero();
        assertThat(run("--db", db(), "report", "--from", "2026-01-01", "--to", "2026-11-23", "--format", "csv",
                "--office", "WAVRE", "--out", csv.toString()).out()).contains("below their norm");

        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        assertThat(Files.readString(csv)).contains("CNH 4-01;");
    }

    @Test
    void aDeskAndTheCentreExchangeBatchesFromTheCommandLine() {
        String desk = folder.resolve("nam07.db").toString();
        String centre = folder.resolve("centre.db").toString();
        Path deskId = folder.resolve("desk.json");
        Path centreId = folder.resolve("centre.json");
        Path batch = folder.resolve("NAM-07-to-CENTRAL.mdbatch");
        run("--db", desk, "site", "init", "--id", "NAM-07", "--office", "NAMUR", "--role", "caseworker");
        run("--db", centre, "site", "init", "--id", "CENTRAL", "--office", "CENTRAL", "--role", "central");
        run("--db", desk, "site", "export-identity", "--out", deskId.toString());
        run("--db", centre, "site", "export-identity", "--out", centreId.toString());
        run("--db", desk, "site", "register", centreId.toString());
        run("--db", centre, "site", "register", deskId.toString());
        String id = addTitresServicesTo(desk);

        assertThat(run("--db", desk, "export", "--to", batch.toString()).out()).contains("batch for CENTRAL");
        Run imported = run("--db", centre, "import", batch.toString());
        Run again = run("--db", centre, "import", batch.toString());

        assertThat(imported.out()).contains("batch from NAM-07", "applied");
        assertThat(again.out()).contains("already applied: nothing changed");
        assertThat(run("--db", centre, "mission", "show", id).out()).contains("Marie Dupont");
        Run own = run("--db", desk, "import", batch.toString());
        assertThat(own.exit()).isEqualTo(1);
        assertThat(own.err()).contains("written by this site itself (NAM-07)");
        Run plain = run("--db", folder.resolve("plain.db").toString(), "import", batch.toString());
        assertThat(plain.exit()).isEqualTo(1);
        assertThat(plain.err()).contains("not a site yet");
    }

    private String addTitresServicesTo(String database) {
        Run added = run("--db", database, "mission", "add", "--type", "TITRES_SERVICES", "--office", "NAMUR",
                "--assignee", "vrenard", "--received", "2026-11-10", "--niss", NISS, "--name", "Marie Dupont");
        assertThat(added.exit()).as(added.err()).isZero();
        return added.lastLine();
    }
}
