package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.calendar.BelgianCalendar;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.store.MissionStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The missions of a queue with their countdowns, most urgent first. */
public final class QueueService {
    /** Earliest open due date first; high priority first among equals; missions with no clock running last. */
    public static final Comparator<QueueItem> BY_URGENCY = Comparator.comparing(UrgencyKey::of);

    private final MissionStore store;
    private final BelgianCalendar calendar;
    private final Clock clock;

    public QueueService(MissionStore store, BelgianCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    public List<QueueItem> queue(QueueQuery query) {
        LocalDate today = LocalDate.now(clock);
        return store.list(query.office(), query.assignee(), query.includeClosed()).stream()
                .map(m -> itemOf(m, today))
                .filter(i -> query.state().isEmpty()
                        || i.clocks().stream().anyMatch(c -> c.countdown().state() == query.state().get()))
                .map(i -> new Ranked(UrgencyKey.of(i), i))
                .sorted(Comparator.comparing(Ranked::key))
                .map(Ranked::item)
                .toList();
    }

    /** Each mission's key is computed once, not at each of the sort's comparisons (about n log n of them). */
    private record Ranked(UrgencyKey key, QueueItem item) {
    }

    private record UrgencyKey(LocalDate due, boolean normalPriority, LocalDate received)
            implements Comparable<UrgencyKey> {
        private static final Comparator<UrgencyKey> ORDER = Comparator.comparing(UrgencyKey::due)
                .thenComparing(UrgencyKey::normalPriority).thenComparing(UrgencyKey::received);

        static UrgencyKey of(QueueItem item) {
            Mission m = item.mission();
            return new UrgencyKey(m.mostUrgentClock().map(DeadlineClock::dueOn).orElse(LocalDate.MAX),
                    m.priority() != Priority.HIGH, m.receivedOn());
        }

        @Override
        public int compareTo(UrgencyKey other) {
            return ORDER.compare(this, other);
        }
    }

    public QueueItem itemOf(Mission mission, LocalDate today) {
        return new QueueItem(mission, mission.clocks().stream()
                .map(c -> new ClockStatus(c, c.countdown(today, calendar)))
                .toList());
    }
}
