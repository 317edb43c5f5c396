package be.inasti.missiondesk.ui.common;

import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.mission.Mission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/** Table columns the screens share: read-only texts, numbers, dates, and a mission's identity. */
public final class Columns {
    /** The cell's padding on both sides, which the wrapped text must leave free. */
    private static final double WRAP_PADDING = 16;
    /** A few words a line at least: narrower, a sentence would stand as a column of single words. */
    private static final double WRAPPED_MIN_WIDTH = 180;
    private static final String SUBJECT = "column-subject";

    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return column;
    }

    /**
     * Texts that may be longer than the column (names): a cut text shows whole in the cell's tooltip. The column
     * stays narrow enough for the others to keep their content.
     */
    public static <T> TableColumn<T, String> elided(String title, Function<T, String> value) {
        return elided(text(title, value));
    }

    /** The same for a column made elsewhere (one the queue sorts by). */
    public static <T> TableColumn<T, String> elided(TableColumn<T, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return column;
    }

    /**
     * Sentences (history, reasons) on as many lines as they need within the column's width: the row grows
     * rather than the text being cut.
     */
    public static <T> TableColumn<T, String> wrapped(String title, Function<T, String> value) {
        TableColumn<T, String> column = text(title, value);
        column.setCellFactory(c -> new WrappedCell<>());
        column.setMinWidth(WRAPPED_MIN_WIDTH);
        return column;
    }

    /** A cell drawing its text as a wrapping {@link Text} in the cell's own colour (it follows the theme). */
    private static final class WrappedCell<T> extends TableCell<T, String> {
        private final Text text = new Text();

        WrappedCell() {
            text.getStyleClass().add("wrapped-cell-text");
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            text.wrappingWidthProperty().bind(widthProperty().subtract(WRAP_PADDING));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setText(empty ? null : item); // not drawn (graphic only): for lookups and screen readers
            setGraphic(empty || item == null ? null : text);
        }
    }

    /** Numbers sort as numbers; a null shows as an empty cell. */
    public static <T, N extends Number & Comparable<N>> TableColumn<T, N> number(String title, Function<T, N> value) {
        TableColumn<T, N> column = new TableColumn<>(title);
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        column.getStyleClass().add("number");
        return column;
    }

    /** A weighted load: sorts as a number, shows with one decimal in the window's language (12,5 in French). */
    public static <T> TableColumn<T, Double> load(String title, Function<T, Double> value, Messages messages) {
        TableColumn<T, Double> column = number(title, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double load, boolean empty) {
                super.updateItem(load, empty);
                setText(empty || load == null ? null : messages.format("common.load", load));
            }
        });
        return column;
    }

    /** Dates sort as dates and show in the window's language. */
    public static <T> TableColumn<T, LocalDate> date(String title, Function<T, LocalDate> value, Messages messages) {
        TableColumn<T, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : messages.date(date));
            }
        });
        return column;
    }

    /** Type, subject, office and agent of the mission a row stands for. */
    public static <T> List<TableColumn<T, ?>> mission(Function<T, Mission> mission, Messages messages) {
        return List.of(type(mission, messages), subject(mission, messages), office(mission, messages),
                text(messages.get("column.assignee"), r -> mission.apply(r).assignee()));
    }

    /**
     * The mission's columns, then when its most urgent clock falls due and in which state it is, drawn as the queue
     * draws it (icon, colour, countdown in words, why at risk as tooltip); the state sorts from on track to overdue.
     */
    public static <T> List<TableColumn<T, ?>> queued(Function<T, QueueItem> item, Messages messages) {
        List<TableColumn<T, ?>> columns = new ArrayList<>(mission(r -> item.apply(r).mission(), messages));
        columns.add(due(item, messages));
        columns.add(state(item, messages));
        return columns;
    }

    /** The mission type's label. */
    public static <T> TableColumn<T, String> type(Function<T, Mission> mission, Messages messages) {
        return text(messages.get("column.type"), r -> messages.type(mission.apply(r).type()));
    }

    /** The person's or company's name: found by {@link #subjectIn} in a table of missions. */
    public static <T> TableColumn<T, String> subject(Function<T, Mission> mission, Messages messages) {
        TableColumn<T, String> column = text(messages.get("column.subject"), r -> mission.apply(r).subject().name());
        column.setId(SUBJECT);
        return column;
    }

    /** The subject's column of a table made with {@link #mission} or {@link #queued}: the one that gives way. */
    @SuppressWarnings("unchecked")
    public static <T> TableColumn<T, String> subjectIn(TableView<T> table) {
        return (TableColumn<T, String>) table.getColumns().stream().filter(c -> SUBJECT.equals(c.getId()))
                .findFirst().orElseThrow();
    }

    /** The office's name in the window's language. */
    public static <T> TableColumn<T, String> office(Function<T, Mission> mission, Messages messages) {
        return text(messages.get("column.office"), r -> messages.of("office", mission.apply(r).office()));
    }

    /** When the mission's most urgent clock falls due. */
    public static <T> TableColumn<T, LocalDate> due(Function<T, QueueItem> item, Messages messages) {
        return date(messages.get("column.due"), r -> item.apply(r).mission().mostUrgentClock()
                .map(DeadlineClock::dueOn).orElse(null), messages);
    }

    /** On track, at risk or overdue, drawn as the queue draws it; sorts from on track to overdue. */
    public static <T> TableColumn<T, T> state(Function<T, QueueItem> item, Messages messages) {
        ClockTexts texts = new ClockTexts(messages);
        TableColumn<T, T> state = CountdownCell.column(messages.get("coordination.column.state"),
                r -> item.apply(r).mostUrgent().map(texts::reading));
        state.setComparator(Comparator.comparing(r -> item.apply(r).urgency()));
        return state;
    }
}
