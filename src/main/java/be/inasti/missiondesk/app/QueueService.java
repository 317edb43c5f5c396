package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.calendar.BelgianCalendar;
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

    /** Epoch days and a flag: comparing primitives, the sort of 100 000 missions takes a fraction of LocalDate's. */
    private record UrgencyKey(long due, boolean normalPriority, long received) implements Comparable<UrgencyKey> {
        static UrgencyKey of(QueueItem item) {
            Mission m = item.mission();
            return new UrgencyKey(m.mostUrgentClock().map(c -> c.dueOn().toEpochDay()).orElse(Long.MAX_VALUE),
                    m.priority() != Priority.HIGH, m.receivedOn().toEpochDay());
        }

        @Override
        public int compareTo(UrgencyKey other) {
            int byDue = Long.compare(due, other.due);
            if (byDue != 0) {
                return byDue;
            }
            int byPriority = Boolean.compare(normalPriority, other.normalPriority);
            return byPriority != 0 ? byPriority : Long.compare(received, other.received);
        }
    }

    public QueueItem itemOf(Mission mission, LocalDate today) {
        return new QueueItem(mission, mission.clocks().stream()
                .map(c -> new ClockStatus(c, c.countdown(today, calendar)))
                .toList());
    }
}
