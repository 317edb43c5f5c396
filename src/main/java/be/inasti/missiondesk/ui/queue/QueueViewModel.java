package be.inasti.missiondesk.ui.queue;

import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.app.QueueService;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.queue.QueueColumn;
import be.inasti.missiondesk.domain.queue.QueueCounts;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.domain.queue.QueueFirstPage;
import be.inasti.missiondesk.domain.queue.QueueSort;
import be.inasti.missiondesk.domain.workflow.Workflows;
import be.inasti.missiondesk.ui.common.ClockTexts;
import be.inasti.missiondesk.ui.common.CountdownBadge;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The caseworker's queue: open missions, most urgent first, read again as the user types or sorts, with counts per
 * state of what matches. The store answers each query a page at a time (see {@link QueueRows}): the first page and
 * the counts off the FX thread, later pages when the table scrolls to them.
 */
public final class QueueViewModel {
    private final QueueService queue;
    private final Messages messages;
    private final ClockTexts clockTexts;
    private final String user;
    private final Consumer<UUID> onOpen;
    private final QueueFilter filter;
    private final QueueRows rows = new QueueRows();
    private final ObservableList<QueueItem> shown = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<List<QueueSort>> order = new SimpleObjectProperty<>(List.of());
    private final StringProperty summary = new SimpleStringProperty("");
    private final WorkState work;
    private final ObjectProperty<UUID> opened = new SimpleObjectProperty<>();
    /** Callers waiting for the rows of the latest query to show. */
    private final List<Runnable> whenShown = new ArrayList<>();
    private long latestQuery;
    private boolean started;
    private boolean scopeDecided;
    private boolean widening;

    public QueueViewModel(QueueService queue, TaskRunner tasks, Messages messages, String user,
            Consumer<UUID> onOpen) {
        this.queue = queue;
        this.messages = messages;
        this.work = new WorkState(tasks, messages, "queue.error");
        this.clockTexts = new ClockTexts(messages);
        this.user = user;
        this.onOpen = onOpen;
        this.filter = new QueueFilter(user);
        InvalidationListener readAgain = o -> {
            if (started && !widening) {
                refresh();
            }
        };
        for (Observable dependency : filter.dependencies()) {
            dependency.addListener(readAgain);
        }
        order.addListener(readAgain);
    }

    /**
     * Reads the queue again off the FX thread; {@code whenDone} runs on it once the rows are shown, {@code whenFailed}
     * instead, with the error the window shows, if this read fails. Answers to an older query that come back after
     * a newer one was asked are dropped.
     */
    public void refresh(Runnable whenDone, Consumer<String> whenFailed) {
        started = true;
        long query = ++latestQuery;
        whenShown.add(whenDone);
        QueueCriteria criteria = filter.criteria();
        List<QueueSort> sorts = order.get();
        boolean decideScope = !scopeDecided && criteria.assignee().isPresent();
        work.run(() -> read(criteria, sorts, decideScope), read -> {
            if (query == latestQuery) {
                show(read);
            }
        }, failure -> {
            String why = work.explain(failure);
            if (query == latestQuery) {
                whenFailed.accept(why);
            }
            return why;
        });
    }

    public void refresh() {
        refresh(() -> { }, reason -> { });
    }

    /** What one query brought back, with its criteria (the scope may have widened) and order. */
    private record Read(QueueCriteria criteria, List<QueueSort> order, QueueFirstPage<QueueItem> first) {
    }

    /**
     * "My missions" is the default scope; a user with none (a coordinator, a demo user) starts on all missions
     * rather than on an empty table. Decided once, so a later choice of the user is never overridden.
     */
    private Read read(QueueCriteria asked, List<QueueSort> sorts, boolean decideScope) {
        QueueCriteria criteria = decideScope && !queue.hasOpenMissions(user)
                ? asked.withAssignee(Optional.empty()) : asked;
        return new Read(criteria, sorts, queue.first(criteria, sorts, QueueRows.PAGE));
    }

    private void show(Read read) {
        scopeDecided = true;
        if (read.criteria().assignee().isEmpty() && filter.mineOnly().get()) {
            widening = true;
            filter.mineOnly().set(false);
            widening = false;
        }
        QueueCounts counts = read.first().counts();
        rows.show((int) counts.total(), read.first().items(),
                (offset, whenRead) -> pageFrom(read, offset, whenRead));
        summary.set(messages.format("queue.summary", counts.overdue(), counts.atRisk(), counts.onTrack()));
        ObservableList<String> objectiveChoices = filter.objectiveChoices();
        if (!read.first().objectives().equals(objectiveChoices)) {
            objectiveChoices.setAll(read.first().objectives());  // replacing the items would drop the user's checks
        }
        List<Runnable> waiting = List.copyOf(whenShown);
        whenShown.clear();
        waiting.forEach(Runnable::run);
    }

    /** A later page, read off the FX thread when the table scrolls to it: one indexed query. */
    private void pageFrom(Read read, int offset, Consumer<List<QueueItem>> whenRead) {
        work.runQuietly(() -> queue.page(read.criteria(), read.order(), offset, QueueRows.PAGE), whenRead);
    }

    /** The table's sort order, column by column; empty means most urgent first. */
    public void sortBy(List<QueueSort> sorts) {
        if (!sorts.equals(order.get())) {
            order.set(List.copyOf(sorts));
        }
    }

    /** A column's sort key; type and office sort by their names in the user's language. */
    public QueueSort sortOf(QueueColumn column, boolean descending) {
        List<String> displayOrder = switch (column) {
            case TYPE -> inDisplayOrder(Workflows.bundled().allTypes(), messages::type, MissionType::code);
            case OFFICE -> inDisplayOrder(List.of(Office.values()), o -> messages.of("office", o), Office::name);
            default -> List.of();
        };
        return new QueueSort(column, descending, displayOrder);
    }

    private static <E> List<String> inDisplayOrder(List<E> values, Function<E, String> name,
            Function<E, String> code) {
        return values.stream().sorted(Comparator.comparing(name, Collator.getInstance())).map(code).toList();
    }

    public void open(QueueItem item) {
        if (item != null) {
            opened.set(item.mission().id());
            onOpen.accept(item.mission().id());
        }
    }

    /** Forgets the opened row, so its identifier is masked again. */
    public void closed() {
        opened.set(null);
    }

    /** Name and identifier; the identifier shows only its last digits unless the row is the opened one. */
    public String subjectText(QueueItem item) {
        var subject = item.mission().subject();
        String name = subject.name() == null ? "" : subject.name();
        boolean open = item.mission().id().equals(opened.get());
        String id = open ? subject.formattedIdentifier() : subject.maskedIdentifier();
        return id.isEmpty() ? name : name + "  " + id;
    }

    public String countdownText(QueueItem item) {
        return item.mostUrgent().map(s -> clockTexts.countdownAndState(s.countdown())).orElse("");
    }

    /**
     * What "most urgent" and "at risk" mean, for the countdown column and the counts: the order is by due date, and
     * a clock is at risk by the share of its deadline used, so an at-risk J-41 can come after an on-track J-11.
     */
    public String urgencyTip() {
        return messages.format("queue.urgency.tip", DeadlineClock.AT_RISK_FROM_PERCENT,
                DeadlineClock.MIN_AT_RISK_DAYS);
    }

    /** The most urgent clock's badge: its countdown and state, and as tooltip why it is at risk or not. */
    public Optional<CountdownBadge.Reading> badge(QueueItem item) {
        return item.mostUrgent().map(clockTexts::reading);
    }

    public Optional<String> workingDaysText(QueueItem item) {
        return item.mostUrgent().map(s -> clockTexts.workingDays(s.countdown()));
    }

    public String typeText(QueueItem item) {
        return messages.type(item.mission().type());
    }

    public String officeText(QueueItem item) {
        return messages.of("office", item.mission().office());
    }

    public String statusText(QueueItem item) {
        return messages.state(item.mission().status());
    }

    public String objectiveText(QueueItem item) {
        return item.mostUrgent().map(c -> c.clock().objectiveCode()).orElse("");
    }

    public QueueFilter filter() {
        return filter;
    }

    /** The rows that match the filters, in the chosen order. */
    public ObservableList<QueueItem> shown() {
        return shown;
    }

    public ReadOnlyObjectProperty<UUID> openedProperty() {
        return opened;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** Reading, or what went wrong: what the header shows. */
    public WorkState work() {
        return work;
    }
}
