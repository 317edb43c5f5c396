package be.inasti.missiondesk.ui.queue;

import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.queue.QueueColumn;
import be.inasti.missiondesk.ui.common.CountdownCell;
import be.inasti.missiondesk.ui.common.Keys;
import be.inasti.missiondesk.ui.common.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn.SortType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Layout of the queue: filters, a header with the counts per state, and the table (Enter or double-click opens). */
public final class QueueView extends BorderPane {
    private static final double TIP_WIDTH = 420;

    private final QueueViewModel model;
    private final Messages messages;
    private final TableView<QueueItem> table = new TableView<>();
    private final QueueFilterBar filters;

    public QueueView(QueueViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.filters = new QueueFilterBar(model, messages);
        getStyleClass().add("queue");
        setTop(new VBox(filters, header()));
        table.setId("queue-table");
        table.setItems(model.shown());
        // The store sorts: a click on a header asks the view model for the queue in that order.
        table.setSortPolicy(t -> {
            model.sortBy(t.getSortOrder().stream()
                    .map(c -> model.sortOf((QueueColumn) c.getUserData(), c.getSortType() == SortType.DESCENDING))
                    .toList());
            return true;
        });
        table.setPlaceholder(new Label(messages.get("queue.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        addColumns();
        openOnEnterOrDoubleClick();
        Keys.firstDownSelectsFirstRow(table);
        filters.downGoesTo(table);
        model.openedProperty().addListener((o, was, now) -> table.refresh());
        setCenter(table);
    }

    private HBox header() {
        Label summary = new Label();
        summary.setId("queue-summary");
        summary.getStyleClass().add("queue-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setTooltip(urgencyTip());
        Label error = new Label();
        error.getStyleClass().add("error");
        error.textProperty().bind(model.work().errorProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.work().busyProperty());
        HBox header = new HBox(12, summary, busy, error);
        header.getStyleClass().add("queue-header");
        return header;
    }

    private void addColumns() {
        table.getColumns().add(textColumn("column.type", QueueColumn.TYPE, model::typeText));
        table.getColumns().add(textColumn("column.subject", QueueColumn.SUBJECT, model::subjectText));
        table.getColumns().add(textColumn("column.office", QueueColumn.OFFICE, model::officeText));
        table.getColumns().add(textColumn("column.assignee", QueueColumn.ASSIGNEE, i -> i.mission().assignee()));
        table.getColumns().add(textColumn("column.status", QueueColumn.STATUS, model::statusText));
        table.getColumns().add(textColumn("column.objective", QueueColumn.OBJECTIVE, model::objectiveText));
        TableColumn<QueueItem, LocalDate> due = new TableColumn<>(messages.get("column.due"));
        due.setUserData(QueueColumn.DUE);
        due.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue() == null ? null
                : f.getValue().mission().mostUrgentClock().map(DeadlineClock::dueOn).orElse(null)));
        due.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : messages.date(date));
            }
        });
        table.getColumns().add(due);
        table.getColumns().add(countdownColumn());
        double[] widths = {210, 250, 90, 90, 130, 100, 110, 200};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
    }

    /** What "most urgent" and "at risk" mean, over the counts and the countdown's header, wrapped to a readable width. */
    private Tooltip urgencyTip() {
        Tooltip tip = new Tooltip(model.urgencyTip());
        tip.setWrapText(true);
        tip.setMaxWidth(TIP_WIDTH);
        return tip;
    }

    /** A row is null while a page that changed under the table is read again: its cells stay empty. */
    private TableColumn<QueueItem, String> textColumn(String key, QueueColumn sortKey,
            Function<QueueItem, String> value) {
        TableColumn<QueueItem, String> column = new TableColumn<>(messages.get(key));
        column.setId(key.replace('.', '-'));
        column.setUserData(sortKey);
        column.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? null
                : value.apply(f.getValue())));
        return column;
    }

    /** The countdown of the most urgent clock, in a {@link CountdownCell}; the store sorts it (most urgent). */
    private TableColumn<QueueItem, QueueItem> countdownColumn() {
        TableColumn<QueueItem, QueueItem> column = CountdownCell.column("", model::badge);
        // A header has no tooltip of its own: its title is a label that has one.
        Label title = new Label(messages.get("column.countdown"));
        title.setTooltip(urgencyTip());
        column.setGraphic(title);
        column.setId("column-countdown");
        column.setUserData(QueueColumn.URGENCY);
        return column;
    }

    private void openOnEnterOrDoubleClick() {
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(selected());
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            TableRow<QueueItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
    }

    /**
     * Sorts by a column as a click on its header does: the first time ascending, the next time the other way. No
     * column means most urgent first.
     */
    public void sortBy(TableColumn<QueueItem, ?> column) {
        if (column == null) {
            table.getSortOrder().clear();
        } else if (table.getSortOrder().equals(List.of(column))) {
            column.setSortType(column.getSortType() == SortType.ASCENDING ? SortType.DESCENDING : SortType.ASCENDING);
        } else {
            column.setSortType(SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(column));
        }
    }

    /**
     * The selected row's mission, read from the list rather than the selection: a row selected while its page
     * was being read stays null in the selection, though the list has it now. Null when none.
     */
    public QueueItem selected() {
        int index = table.getSelectionModel().getSelectedIndex();
        return index < 0 ? null : table.getItems().get(index);
    }

    public void focusSearch() {
        filters.focusSearch();
    }

    public void focusTable() {
        table.requestFocus();
    }

    public TableView<QueueItem> table() {
        return table;
    }
}
