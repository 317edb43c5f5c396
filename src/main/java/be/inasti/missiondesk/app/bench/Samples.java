package be.inasti.missiondesk.app.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Times of each operation and its floor over the runs; medians resist the odd run the machine slowed down. */
final class Samples {
    private final Map<String, List<Duration>> ours = new LinkedHashMap<>();
    private final Map<String, List<Duration>> floors = new LinkedHashMap<>();
    private final Map<String, Double> targets = new LinkedHashMap<>();

    <T> T ours(String operation, double target, Supplier<T> work) {
        targets.put(operation, target);
        return time(ours, operation, work);
    }

    <T> T floor(String operation, Supplier<T> work) {
        return time(floors, operation, work);
    }

    /** A floor that times itself (only part of what it runs is the floor), in nanoseconds, on a collected heap. */
    void floorTimed(String operation, LongSupplier nanos) {
        System.gc();
        floors.computeIfAbsent(operation, k -> new ArrayList<>()).add(Duration.ofNanos(nanos.getAsLong()));
    }

    List<BenchRow> medians() {
        return targets.entrySet().stream().map(e -> new BenchRow(e.getKey(), median(ours.get(e.getKey())),
                median(floors.get(e.getKey())), e.getValue())).toList();
    }

    /**
     * Each timing starts on a collected heap, as JMH's {@code -gc true} does: otherwise it started with the heap as
     * the previous one left it, and whether a young collection (40–130 ms at 100 000 missions, copying the rows being
     * read) fell inside it depended on what ran before, ours or the floor.
     */
    private static <T> T time(Map<String, List<Duration>> into, String operation, Supplier<T> work) {
        System.gc();
        long start = System.nanoTime();
        T result = work.get();
        into.computeIfAbsent(operation, k -> new ArrayList<>()).add(Duration.ofNanos(System.nanoTime() - start));
        return result;
    }

    private static Duration median(List<Duration> times) {
        List<Duration> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
