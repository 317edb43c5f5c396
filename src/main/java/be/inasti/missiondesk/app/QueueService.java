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
    public static final Comparator<QueueItem> BY_URGENCY = Comparator
            .comparing((QueueItem i) -> i.mission().mostUrgentClock().map(DeadlineClock::dueOn).orElse(LocalDate.MAX))
            .thenComparing(i -> i.mission().priority() == Priority.HIGH ? 0 : 1)
            .thenComparing(i -> i.mission().receivedOn());

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
                .sorted(BY_URGENCY)
                .toList();
    }

    public QueueItem itemOf(Mission mission, LocalDate today) {
        return new QueueItem(mission, mission.clocks().stream()
                .map(c -> new ClockStatus(c, c.countdown(today, calendar)))
                .toList());
    }
}
