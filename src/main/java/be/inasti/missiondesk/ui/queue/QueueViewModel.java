package be.inasti.missiondesk.ui.queue;

import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.app.QueueQuery;
import be.inasti.missiondesk.app.QueueService;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.clock.Countdown;
import be.inasti.missiondesk.ui.Messages;
import be.inasti.missiondesk.ui.TaskRunner;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The caseworker's queue: open missions, most urgent first, with counts per state and countdown texts. */
public final class QueueViewModel {
    private final QueueService queue;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<QueueItem> items = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    public QueueViewModel(QueueService queue, TaskRunner tasks, Messages messages) {
        this.queue = queue;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Reloads the queue off the FX thread; {@code whenDone} runs on it once the rows are shown. */
    public void refresh(Runnable whenDone) {
        loading.set(true);
        tasks.run(() -> queue.queue(QueueQuery.open()), loaded -> {
            items.setAll(loaded);
            summary.set(summaryOf(loaded));
            error.set("");
            loading.set(false);
            whenDone.run();
        }, failure -> {
            error.set(messages.format("queue.error", failure.getMessage()));
            loading.set(false);
        });
    }

    private String summaryOf(List<QueueItem> loaded) {
        Map<ClockState, Long> counts = loaded.stream()
                .collect(Collectors.groupingBy(QueueItem::urgency, Collectors.counting()));
        Function<ClockState, Long> count = s -> counts.getOrDefault(s, 0L);
        return messages.format("queue.summary", count.apply(ClockState.OVERDUE), count.apply(ClockState.AT_RISK),
                count.apply(ClockState.ON_TRACK));
    }

    /** "J-4", "aujourd'hui", "+6 j de retard": the countdown as the queue shows it. */
    public String countdownText(Countdown countdown) {
        long days = countdown.remainingDays();
        if (days == 0) {
            return messages.get("countdown.today");
        }
        return days > 0 ? messages.format("countdown.left", days) : messages.format("countdown.late", -days);
    }

    public String workingDaysText(Countdown countdown) {
        return messages.format("countdown.workingDays", countdown.remainingWorkingDays());
    }

    public String stateText(ClockState state) {
        return messages.get("state." + state.name());
    }

    public String typeText(QueueItem item) {
        return messages.get("type." + item.mission().type().name());
    }

    public ObservableList<QueueItem> items() {
        return items;
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
