package be.inasti.missiondesk.app.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What a bench run measured, and on what. */
public record BenchReport(int missions, int births, int runs, int cores, String jvm, List<BenchRow> rows,
        Optional<Concurrency> concurrency) {

    /**
     * Coordinators paging the queue of a central database while a births flow and a desk's batch are imported into
     * it: how many pages they read, their median and 95th-percentile time, and how long the two imports took.
     */
    public record Concurrency(int readers, int pages, Duration p50, Duration p95, Duration max, Duration writes) {
    }
}
