package be.inasti.missiondesk.ui.queue;

import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.app.QueueQuery;
import be.inasti.missiondesk.app.QueueService;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.ui.ClockTexts;
import be.inasti.missiondesk.ui.Messages;
import be.inasti.missiondesk.ui.TaskRunner;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The caseworker's queue: open missions, most urgent first, filtered as the user types, with counts per state of
 * what is shown. All open missions are loaded once; filters and search work on them in memory.
 */
public final class QueueViewModel {
    private final QueueService queue;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ClockTexts clockTexts;
    private final String user;
    private final Consumer<UUID> onOpen;
    private final QueueFilter filter;
    private final ObservableList<QueueItem> all = FXCollections.observableArrayList();
    private final FilteredList<QueueItem> shown = new FilteredList<>(all);
    private final ObservableList<String> objectiveChoices = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObjectProperty<UUID> opened = new SimpleObjectProperty<>();
    private boolean loadedOnce;

    public QueueViewModel(QueueService queue, TaskRunner tasks, Messages messages, String user,
            Consumer<UUID> onOpen) {
        this.queue = queue;
        this.tasks = tasks;
        this.messages = messages;
        this.clockTexts = new ClockTexts(messages);
        this.user = user;
        this.onOpen = onOpen;
        this.filter = new QueueFilter(user);
        shown.predicateProperty().bind(Bindings.createObjectBinding(filter::predicate, filter.dependencies()));
        summary.bind(Bindings.createStringBinding(this::summaryOfShown, shown));
    }

    /** Reloads the queue off the FX thread; {@code whenDone} runs on it once the rows are shown. */
    public void refresh(Runnable whenDone) {
        loading.set(true);
        tasks.run(() -> queue.queue(QueueQuery.open()), loaded -> {
            all.setAll(loaded);
            List<String> objectives = loaded.stream().flatMap(i -> i.mission().openClocks().stream())
                    .map(DeadlineClock::objectiveCode).distinct().sorted().toList();
            if (!objectives.equals(objectiveChoices)) {
                objectiveChoices.setAll(objectives);  // replacing the items would drop the user's checks
            }
            firstLoad(loaded);
            error.set("");
            loading.set(false);
            whenDone.run();
        }, failure -> {
            error.set(messages.format("queue.error", failure.getMessage()));
            loading.set(false);
        });
    }

    public void refresh() {
        refresh(() -> { });
    }

    /**
     * "My missions" is the default scope; a user with none (a coordinator, a demo user) starts on all missions
     * rather than on an empty table. Decided once, so a later choice of the user is never overridden.
     */
    private void firstLoad(List<QueueItem> loaded) {
        if (!loadedOnce && loaded.stream().noneMatch(i -> user.equals(i.mission().assignee()))) {
            filter.mineOnlyProperty().set(false);
        }
        loadedOnce = true;
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

    private String summaryOfShown() {
        Map<ClockState, Long> counts = shown.stream()
                .collect(Collectors.groupingBy(QueueItem::urgency, Collectors.counting()));
        return messages.format("queue.summary", counts.getOrDefault(ClockState.OVERDUE, 0L),
                counts.getOrDefault(ClockState.AT_RISK, 0L), counts.getOrDefault(ClockState.ON_TRACK, 0L));
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

    public Optional<String> workingDaysText(QueueItem item) {
        return item.mostUrgent().map(s -> clockTexts.workingDays(s.countdown()));
    }

    public String typeText(QueueItem item) {
        return messages.of("type", item.mission().type());
    }

    public String officeText(QueueItem item) {
        return messages.of("office", item.mission().office());
    }

    public String statusText(QueueItem item) {
        return messages.getOr("status." + item.mission().status(), item.mission().status());
    }

    public String objectiveText(QueueItem item) {
        return item.mostUrgent().map(c -> c.clock().objectiveCode()).orElse("");
    }

    public QueueFilter filter() {
        return filter;
    }

    /** The rows that pass the filters, in urgency order. */
    public ObservableList<QueueItem> shown() {
        return shown;
    }

    public ObservableList<String> objectiveChoices() {
        return objectiveChoices;
    }

    public ReadOnlyObjectProperty<UUID> openedProperty() {
        return opened;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
