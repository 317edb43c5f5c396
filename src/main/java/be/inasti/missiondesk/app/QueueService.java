package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.calendar.BelgianCalendar;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.domain.queue.QueueFirstPage;
import be.inasti.missiondesk.domain.queue.QueueSort;
import be.inasti.missiondesk.store.MissionStore;
import be.inasti.missiondesk.store.QueueStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The missions of a queue with their countdowns, most urgent first: whole (for the command line and the
 * coordinators' screens) or a page at a time (for the caseworker's window, which never holds the whole queue).
 */
public final class QueueService {
    private final MissionStore store;
    private final QueueStore pages;
    private final BelgianCalendar calendar;
    private final Clock clock;

    public QueueService(MissionStore store, QueueStore pages, BelgianCalendar calendar, Clock clock) {
        this.store = store;
        this.pages = pages;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The open missions matching {@code criteria} from {@code offset} in the given order, at most {@code limit}. */
    public List<QueueItem> page(QueueCriteria criteria, List<QueueSort> order, int offset, int limit) {
        LocalDate today = LocalDate.now(clock);
        return pages.page(criteria, order, today, offset, limit).stream().map(m -> itemOf(m, today)).toList();
    }

    /** The counts, the first page and the objectives of the running clocks, as they were at one moment. */
    public QueueFirstPage<QueueItem> first(QueueCriteria criteria, List<QueueSort> order, int limit) {
        LocalDate today = LocalDate.now(clock);
        return pages.first(criteria, order, today, limit).map(m -> itemOf(m, today));
    }

    public boolean hasOpenMissions(String assignee) {
        return pages.hasOpenMissions(assignee);
    }

    /** Every mission the query asks for, most urgent first (the order the window's pages are read in). */
    public List<QueueItem> queue(QueueQuery query) {
        LocalDate today = LocalDate.now(clock);
        return store.list(query.office(), query.assignee(), query.includeClosed()).stream()
                .map(m -> itemOf(m, today))
                .filter(i -> query.state().isEmpty()
                        || i.clocks().stream().anyMatch(c -> c.countdown().state() == query.state().get()))
                .toList();
    }

    public QueueItem itemOf(Mission mission, LocalDate today) {
        return new QueueItem(mission, mission.clocks().stream()
                .map(c -> new ClockStatus(c, c.countdown(today, calendar)))
                .toList());
    }
}
