package be.inasti.missiondesk.ui.queue;

import be.inasti.missiondesk.app.ClockStatus;
import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.ui.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/** Layout of the queue: a header with the counts per state, and the table. */
public final class QueueView extends BorderPane {
    private static final PseudoClass AT_RISK = PseudoClass.getPseudoClass("at-risk");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final QueueViewModel model;
    private final Messages messages;
    private final TableView<QueueItem> table = new TableView<>();

    public QueueView(QueueViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("queue");
        Label summary = new Label();
        summary.setId("queue-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label error = new Label();
        error.getStyleClass().add("error");
        error.textProperty().bind(model.errorProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        HBox header = new HBox(12, summary, busy, error);
        header.getStyleClass().add("queue-header");
        setTop(header);
        table.setId("queue-table");
        table.setItems(model.items());
        table.setPlaceholder(new Label(messages.get("queue.empty")));
        addColumns();
        setCenter(new StackPane(table));
    }

    private void addColumns() {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        table.getColumns().add(textColumn("column.type", model::typeText));
        table.getColumns().add(textColumn("column.subject", i -> subjectOf(i)));
        table.getColumns().add(textColumn("column.office", i -> messages.get("office." + i.mission().office().name())));
        table.getColumns().add(textColumn("column.assignee", i -> i.mission().assignee()));
        table.getColumns().add(textColumn("column.status", i -> i.mission().status()));
        table.getColumns().add(textColumn("column.objective",
                i -> i.mostUrgent().map(c -> c.clock().objectiveCode()).orElse("")));
        TableColumn<QueueItem, LocalDate> due = new TableColumn<>(messages.get("column.due"));
        due.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(
                f.getValue().mostUrgent().map(c -> c.clock().dueOn()).orElse(null)));
        due.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : dates.format(date));
            }
        });
        table.getColumns().add(due);
        table.getColumns().add(countdownColumn());
    }

    private String subjectOf(QueueItem item) {
        var subject = item.mission().subject();
        String name = subject.name() == null ? "" : subject.name();
        String id = subject.maskedIdentifier();
        return id.isEmpty() ? name : name + "  " + id;
    }

    private TableColumn<QueueItem, String> textColumn(String key, Function<QueueItem, String> value) {
        TableColumn<QueueItem, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return column;
    }

    /** The countdown cell: text and state name (never colour alone), colour by pseudo-class, working days as tip. */
    private TableColumn<QueueItem, Optional<ClockStatus>> countdownColumn() {
        TableColumn<QueueItem, Optional<ClockStatus>> column = new TableColumn<>(messages.get("column.countdown"));
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().mostUrgent()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Optional<ClockStatus> status, boolean empty) {
                super.updateItem(status, empty);
                ClockState state = empty || status == null || status.isEmpty() ? null : status.get().countdown().state();
                pseudoClassStateChanged(AT_RISK, state == ClockState.AT_RISK);
                pseudoClassStateChanged(OVERDUE, state == ClockState.OVERDUE);
                if (state == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                var countdown = status.get().countdown();
                setText(model.countdownText(countdown) + " · " + model.stateText(state));
                setTooltip(new Tooltip(model.workingDaysText(countdown)));
            }
        });
        column.setSortable(false);
        return column;
    }

    public TableView<QueueItem> table() {
        return table;
    }
}
