package be.inasti.missiondesk.app.bench;

import java.time.Duration;

/** One operation: the median time of our code path, of its floor, and the ratio we aim to stay under. */
public record BenchRow(String operation, Duration ours, Duration floor, double target) {
    /** Queries should cost at most half again their raw SQL. */
    public static final double QUERY = 1.5;
    /** Writes may cost twice their plain batch insert: they also build, check and log what they write. */
    public static final double IMPORT = 2.0;

    public double ratio() {
        return (double) ours.toNanos() / Math.max(1, floor.toNanos());
    }

    public boolean withinTarget() {
        return ratio() <= target;
    }
}
