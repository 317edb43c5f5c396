package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.calendar.BelgianCalendar;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.queue.AgentCounts;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.domain.queue.QueueFirstPage;
import be.inasti.missiondesk.domain.queue.QueueSort;
import be.inasti.missiondesk.store.QueueStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The missions of a queue with their countdowns, most urgent first: whole (for the command line and the
 * coordinators' screens) or a page at a time (for the caseworker's window, which never holds the whole queue). Both
 * are read by the same SQL, so a state means the same everywhere: that of the most urgent open clock.
 */
public final class QueueService {
    private final QueueStore store;
    private final BelgianCalendar calendar;
    private final Clock clock;

    public QueueService(QueueStore store, BelgianCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The missions matching {@code criteria} from {@code offset} in the given order, at most {@code limit}. */
    public List<QueueItem> page(QueueCriteria criteria, List<QueueSort> order, int offset, int limit) {
        LocalDate today = LocalDate.now(clock);
        return items(store.page(criteria, order, today, offset, limit), today);
    }

    /** The counts, the first page and the objectives of the running clocks, as they were at one moment. */
    public QueueFirstPage<QueueItem> first(QueueCriteria criteria, List<QueueSort> order, int limit) {
        LocalDate today = LocalDate.now(clock);
        return store.first(criteria, order, today, limit).map(m -> itemOf(m, today));
    }

    /** Every mission matching {@code criteria}, most urgent first (the order the window's pages are read in). */
    public List<QueueItem> all(QueueCriteria criteria) {
        LocalDate today = LocalDate.now(clock);
        return items(store.all(criteria, today), today);
    }

    /**
     * The missions matching {@code criteria} with an open clock due by {@code horizon}, most urgent first: the only
     * ones that can have a tier falling due by then.
     */
    public List<QueueItem> withOpenClockDueBy(QueueCriteria criteria, LocalDate horizon) {
        LocalDate today = LocalDate.now(clock);
        return items(store.withOpenClockDueBy(criteria, horizon, today), today);
    }

    /** Each agent's missions matching {@code criteria}, counted by the state of their most urgent clock and type. */
    public List<AgentCounts> agentCounts(QueueCriteria criteria) {
        return store.team(criteria, LocalDate.now(clock));
    }

    public boolean hasOpenMissions(String assignee) {
        return store.hasOpenMissions(assignee);
    }

    private List<QueueItem> items(List<Mission> missions, LocalDate today) {
        return missions.stream().map(m -> itemOf(m, today)).toList();
    }

    public QueueItem itemOf(Mission mission, LocalDate today) {
        return new QueueItem(mission, mission.clocks().stream()
                .map(c -> new ClockStatus(c, c.countdown(today, calendar)))
                .toList());
    }
}
