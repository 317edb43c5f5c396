package be.inasti.missiondesk.app.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What a bench run measured, and on what. */
public record BenchReport(int missions, int births, int runs, int cores, String jvm, List<BenchRow> rows,
        Optional<Concurrency> concurrency) {

    /**
     * Coordinators paging the queue of a central database while a births flow and a desk's batch are imported into
     * it: the times of their first pages (with the counts and objectives) and of the pages they scrolled to, and how
     * long the two imports took.
     */
    public record Concurrency(int readers, Latencies firstPages, Latencies nextPages, Duration writes) {
    }

    /** How many reads, their median, 95th-percentile and longest time. */
    public record Latencies(int count, Duration p50, Duration p95, Duration max) {
        static Latencies of(List<Long> nanos) {
            List<Long> sorted = nanos.stream().sorted().toList();
            return new Latencies(sorted.size(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 100));
        }

        private static Duration percentile(List<Long> sorted, int percent) {
            return Duration.ofNanos(sorted.isEmpty() ? 0
                    : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)));
        }
    }
}
