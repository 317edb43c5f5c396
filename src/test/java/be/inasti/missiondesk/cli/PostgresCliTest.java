package be.inasti.missiondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The command line on a PostgreSQL database (the embedded server the tests start), as a central office uses it. */
class PostgresCliTest extends CliTestBase {
    static final String DAY = "2026-12-06";

    String server() {
        return TestDatabases.fresh(folder).toString();
    }

    String emptyServer() {
        return TestDatabases.empty(folder).toString();
    }

    @Test
    void theSameDemoGivesTheSameQueueAndKpiOnBothEngines() throws Exception {
        String postgres = server();
        assertThat(postgres).startsWith("postgresql://");
        for (String db : new String[] {db(), postgres}) {
            Run demo = run("--db", db, "--today", DAY, "demo", "--missions", "400", "--seed", "7");
            assertThat(demo.exit()).as(demo.err()).isZero();
        }

        JsonNode queueOnFile = json(run("--db", db(), "--today", DAY, "queue", "--all", "--format", "json"));
        JsonNode queueOnServer = json(run("--db", postgres, "--today", DAY, "queue", "--all", "--format", "json"));
        assertThat(queueOnFile.size()).isEqualTo(400);
        assertThat(countsPerState(queueOnServer)).isEqualTo(countsPerState(queueOnFile))
                .containsKeys("OVERDUE", "AT_RISK", "ON_TRACK", "MET", "MISSED");
        assertThat(queueOnServer).isEqualTo(queueOnFile);
        JsonNode openOnFile = json(run("--db", db(), "--today", DAY, "queue", "--format", "json"));
        JsonNode openOnServer = json(run("--db", postgres, "--today", DAY, "queue", "--format", "json"));
        assertThat(openOnServer).isEqualTo(openOnFile);

        for (String[] period : new String[][] {{"2026-01-01", DAY}, {"2026-11-01", "2026-11-30"}}) {
            JsonNode kpiOnFile = json(run("--db", db(), "--today", DAY, "kpi", "--from", period[0], "--to",
                    period[1], "--format", "json"));
            JsonNode kpiOnServer = json(run("--db", postgres, "--today", DAY, "kpi", "--from", period[0], "--to",
                    period[1], "--format", "json"));
            assertThat(kpiOnFile).isNotEmpty();
            assertThat(kpiOnServer).isEqualTo(kpiOnFile);
        }
    }

    @Test
    void aSqliteFileIsCopiedIntoAnEmptyServerWithProgressAndVerification() throws Exception {
        assertThat(run("--db", db(), "--today", DAY, "demo", "--missions", "150", "--seed", "3").exit()).isZero();
        String target = emptyServer();

        Run copy = run("db", "copy", "--from", db(), "--to", target);

        assertThat(copy.exit()).as(copy.err()).isZero();
        assertThat(copy.out()).containsPattern("copying: \\d+ of \\d+ rows").contains(" copied to " + target)
                .containsPattern("mission\\s+150 rows  sha256 [0-9a-f]{64}  verified")
                .containsPattern("history\\s+\\d+ rows  sha256 [0-9a-f]{64}  verified");
        assertThat(copy.out().lines().filter(l -> l.startsWith("copying: ")).toList()).hasSizeBetween(2, 11)
                .last().asString().matches("copying: (\\d+) of \\1 rows");
        assertThat(copy.lastLine()).matches(".* copied to postgresql://.*: \\d+ tables, \\d+ rows");
        assertThat(json(run("--db", target, "--today", DAY, "queue", "--all", "--format", "json")))
                .isEqualTo(json(run("--db", db(), "--today", DAY, "queue", "--all", "--format", "json")));

        Run again = run("db", "copy", "--from", db(), "--to", target);

        assertThat(again.refusedInOneLine()).as(again.err()).isTrue();
        assertThat(again.err()).contains("already holds data", "nothing was changed");
        assertThat(again.out()).doesNotContain("verified");
    }

    @Test
    void aCopyIntoAFileOrFromAServerIsRefusedInOneLine() {
        Run toFile = run("db", "copy", "--from", db(), "--to", folder.resolve("other.db").toString());
        assertThat(toFile.refusedInOneLine()).as(toFile.err()).isTrue();
        assertThat(toFile.err()).contains("must be a PostgreSQL address");
    }

    @Test
    void aPasswordInTheAddressIsRefusedInOneLineWithoutRepeatingIt() {
        Run run = run("--db", "postgresql://coord:s3cret@localhost/missions", "queue");
        assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
        assertThat(run.err()).contains("PGPASSWORD").doesNotContain("s3cret");
        assertThat(run.out()).doesNotContain("s3cret");
    }

    @Test
    void backupAndRestoreOnTheServerSayPgDumpIsTheTool() {
        String postgres = server();
        Run backup = run("--db", postgres, "backup", "--to", folder.resolve("copy.db").toString());
        assertThat(backup.refusedInOneLine()).as(backup.err()).isTrue();
        assertThat(backup.err()).contains("pg_dump", postgres.substring(0, postgres.indexOf(':', 15)));

        Run restore = run("--db", postgres, "restore", folder.resolve("copy.db").toString());
        assertThat(restore.refusedInOneLine()).as(restore.err()).isTrue();
        assertThat(restore.err()).contains("pg_restore");
    }

    @Test
    void checkWorksOnTheServer() {
        String postgres = server();
        assertThat(run("--db", postgres, "--today", DAY, "demo", "--missions", "50").exit()).isZero();
        Run check = run("--db", postgres, "check");
        assertThat(check.exit()).as(check.err() + check.out()).isZero();
    }

    private static Map<String, Integer> countsPerState(JsonNode queue) {
        Map<String, Integer> counts = new TreeMap<>();
        queue.forEach(m -> m.get("clocks").forEach(c -> counts.merge(c.get("state").asText(), 1, Integer::sum)));
        return counts;
    }
}
