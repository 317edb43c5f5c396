package be.inasti.missiondesk.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock a test moves forward, as midnight would. */
public final class MovableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MovableClock(Clock start) {
        this.now = new AtomicReference<>(start.instant());
        this.zone = start.getZone();
    }

    public void advance(Duration by) {
        now.updateAndGet(i -> i.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        throw new UnsupportedOperationException("tests keep one zone");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
