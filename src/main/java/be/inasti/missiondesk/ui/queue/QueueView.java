package be.inasti.missiondesk.ui.queue;

import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.queue.QueueColumn;
import be.inasti.missiondesk.ui.common.ColumnFit;
import be.inasti.missiondesk.ui.common.Columns;
import be.inasti.missiondesk.ui.common.CountdownCell;
import be.inasti.missiondesk.ui.common.Keys;
import be.inasti.missiondesk.ui.common.Messages;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
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
    /** A name at least; the cell's tooltip gives the rest. */
    private static final double SUBJECT_MIN_WIDTH = 150;

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
        addColumns();
        hideWhatTheDetailRepeats();
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

    /**
     * Every column but the subject is as wide as its content (the subject gives way, whole in its tooltip): a
     * countdown, a status or a type is never cut.
     */
    private void addColumns() {
        table.getColumns().add(fitted(textColumn("column.type", QueueColumn.TYPE, model::typeText)));
        TableColumn<QueueItem, String> subject = textColumn("column.subject", QueueColumn.SUBJECT,
                model::subjectText);
        ColumnFit.toTitle(Columns.elided(subject));
        subject.setMinWidth(SUBJECT_MIN_WIDTH);
        table.getColumns().add(subject);
        table.getColumns().add(fitted(textColumn("column.office", QueueColumn.OFFICE, model::officeText)));
        table.getColumns().add(fitted(textColumn("column.assignee", QueueColumn.ASSIGNEE,
                i -> i.mission().assignee())));
        table.getColumns().add(fitted(textColumn("column.status", QueueColumn.STATUS, model::statusText)));
        table.getColumns().add(fitted(textColumn("column.objective", QueueColumn.OBJECTIVE, model::objectiveText)));
        TableColumn<QueueItem, LocalDate> due = Columns.date(messages.get("column.due"), i -> i == null ? null
                : i.mission().mostUrgentClock().map(DeadlineClock::dueOn).orElse(null), messages);
        due.setId("column-due");
        due.setUserData(QueueColumn.DUE);
        table.getColumns().add(fitted(due));
        table.getColumns().add(fitted(countdownColumn()));
        ColumnFit.restTo(table, subject);
    }

    private static <T> TableColumn<QueueItem, T> fitted(TableColumn<QueueItem, T> column) {
        return ColumnFit.toContent(column);
    }

    /**
     * With a mission open, the queue keeps only what finds the next one (type, subject, countdown): the detail
     * beside it repeats office, agent, status, objective and due date. Hiding them rather than letting the queue
     * scroll sideways keeps every remaining column whole in the ~740 px the split leaves at 1280 px.
     */
    private void hideWhatTheDetailRepeats() {
        Set<QueueColumn> repeated = EnumSet.of(QueueColumn.OFFICE, QueueColumn.ASSIGNEE, QueueColumn.STATUS,
                QueueColumn.OBJECTIVE, QueueColumn.DUE);
        for (TableColumn<QueueItem, ?> column : table.getColumns()) {
            if (repeated.contains((QueueColumn) column.getUserData())) {
                column.visibleProperty().bind(model.openedProperty().isNull());
            }
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
