package be.inasti.missiondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestDatabases;
import org.junit.jupiter.api.Test;

/** The bench command runs end to end on a tiny volume; what it measures is not asserted, only that it reports. */
class BenchCliTest extends CliTestBase {

    @Test
    void printsOneRowPerOperationUnderTheHeader() {
        Run run = run("bench", "--missions", "40", "--runs", "1");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("median of 1 runs (of the reads: 5 timings)", "cores")
                .containsPattern("operation +ours ms +floor ms +ratio");
        assertThat(run.out()).contains("demo data generation", "queue load", "attainment for a year",
                "flow import (births)", "sync export", "sync import");
    }

    @Test
    void onAServerItRunsOnScratchDatabasesItCreatesAndDrops() throws Exception {
        String server = TestDatabases.fresh(folder).toString();

        Run run = run("--db", server, "bench", "--missions", "40", "--runs", "1");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("demo data generation", "queue first page (window)", "attainment for a year",
                "flow import (births)", "sync export", "sync import")
                .containsPattern("8 readers paging the queue during a flow and a batch import \\([0-9.]+ ms\\):\\R"
                        + "  first pages \\(counts, 100 missions, objectives\\): [1-9]\\d*, p50 [0-9.]+ ms, "
                        + "p95 [0-9.]+ ms.*\\R"
                        + "  next pages \\(100 missions\\): [1-9]\\d*, p50 [0-9.]+ ms, p95 [0-9.]+ ms");
        assertThat(json(run("--db", server, "queue", "--all", "--format", "json"))).isEmpty();
    }
}
