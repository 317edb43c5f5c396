package be.inasti.missiondesk.cli;

import static be.inasti.missiondesk.flows.Fixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.domain.flow.FlowPlan;
import be.inasti.missiondesk.flows.TableCounts;
import be.inasti.missiondesk.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code flow} commands, run as a user would, on the fixtures under {@code src/test/resources/flows}. */
class FlowCliTest extends CliTestBase {

    Run births(String... extra) {
        String[] args = {"--db", db(), "flow", "births", flow("births-2026-11-utf8-bom.csv").toString(), "--office",
                "NAMUR", "--received", "2026-11-20"};
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return run(all);
    }

    void affiliates() {
        Run run = run("--db", db(), "flow", "affiliates", flow("affiliates-cnh-1252.csv").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("affiliates added or updated: 5");
    }

    Map<String, Integer> counts() {
        return TableCounts.of(Database.open(Path.of(db())));
    }

    @Test
    void birthsPrintWhatWasCreatedTheMothersNotForCnhAndEachBadLineAndWriteTheErrorReport() throws Exception {
        affiliates();
        Path errors = folder.resolve("errors.csv");

        Run run = births("--errors", errors.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("births-2026-11-utf8-bom.csv: 12 lines, UTF-8, separated by ';'",
                "not for CNH: 2", "line 5 Anne Lefèvre (93.12.01-384.71): not for CNH: affiliated with Xerius",
                "line 6 Julie Renard (87.04.30-172.07): not for CNH: not a known affiliate", "bad lines: 5",
                "line 7, niss_mere '91061729384': check digits do not match", "missions created: 3");
        assertThat(Files.readAllLines(errors)).hasSize(6);
        assertThat(json(run("--db", db(), "queue", "--format", "json"))).hasSize(3);
    }

    @Test
    void beyondTheBadLinesAPreviewListsTheReportSaysHowManyMoreThereAre() throws Exception {
        StringBuilder file = new StringBuilder("niss_mere;nom_mere;date_naissance;reference_enfant\n");
        for (int i = 0; i < FlowPlan.LISTED + 5; i++) {
            file.append(i).append(";Mère ").append(i).append(";12/11/2026;RN-2026-").append(i).append('\n');
        }
        Path births = Files.writeString(folder.resolve("births-bad.csv"), file);

        Run run = run("--db", db(), "flow", "births", births.toString(), "--office", "NAMUR", "--received",
                "2026-11-20");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("bad lines: 10005", "line 10001, niss_mere '9999'",
                "… and 5 more (the first 10000 lines are listed)", "missions created: 0")
                .doesNotContain("line 10002,");
    }

    @Test
    void theSameFileTwiceSaysItWasAlreadyImportedAndCreatesNothing() {
        affiliates();
        births();
        Map<String, Integer> before = counts();

        Run again = births();

        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already imported at", "by osuser", "nothing was imported");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void strictRefusesTheFileWithOneLineOnStderrAndChangesNothing() {
        affiliates();
        Map<String, Integer> before = counts();

        Run refused = births("--strict");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo(
                "missiondesk: 5 bad lines in births-2026-11-utf8-bom.csv: nothing was imported (--strict)");
        assertThat(refused.out()).contains("line 9, date_naissance '30/02/2026': impossible date");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedNamingIt() {
        Run refused = run("--db", db(), "flow", "births", flow("births-missing-column.csv").toString(), "--office",
                "NAMUR");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).startsWith("missiondesk: missing column date_naissance in the header")
                .doesNotContain("\n");
    }

    @Test
    void afaAndRequestsOpenTheirMissions() throws Exception {
        Run afa = run("--db", db(), "flow", "afa", flow("afa-caisses-1252.csv").toString(), "--office", "LIBRAMONT",
                "--assignee", "fleroy", "--received", "2026-11-20");
        assertThat(afa.exit()).as(afa.err()).isZero();
        assertThat(afa.out()).contains("windows-1252", "line 6, caisse 'Caisse Bidon': unknown", "missions created: 3");

        Run requests = run("--db", db(), "flow", "requests", flow("requests-2026-11.csv").toString(), "--office",
                "WAVRE");
        assertThat(requests.exit()).as(requests.err()).isZero();
        assertThat(requests.out()).contains("missions created: 4");
        assertThat(json(run("--db", db(), "queue", "--office", "WAVRE", "--format", "json"))).hasSize(4);
    }
}
