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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Table columns the screens share: read-only texts, numbers, dates, and a mission's identity. */
public final class Columns {
    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return column;
    }

    /** Numbers sort as numbers; a null shows as an empty cell. */
    public static <T, N extends Number & Comparable<N>> TableColumn<T, N> number(String title, Function<T, N> value) {
        TableColumn<T, N> column = new TableColumn<>(title);
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        column.getStyleClass().add("number");
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
        return List.of(
                text(messages.get("column.type"), r -> messages.of("type", mission.apply(r).type())),
                text(messages.get("column.subject"), r -> mission.apply(r).subject().name()),
                text(messages.get("column.office"), r -> messages.of("office", mission.apply(r).office())),
                text(messages.get("column.assignee"), r -> mission.apply(r).assignee()));
    }

    /**
     * The mission's columns, then when its most urgent clock falls due and in which state it is, drawn as the queue
     * draws it (icon, colour, countdown in words, why at risk as tooltip); the state sorts from on track to overdue.
     */
    public static <T> List<TableColumn<T, ?>> queued(Function<T, QueueItem> item, Messages messages) {
        List<TableColumn<T, ?>> columns = new ArrayList<>(mission(r -> item.apply(r).mission(), messages));
        columns.add(date(messages.get("column.due"), r -> item.apply(r).mission().mostUrgentClock()
                .map(DeadlineClock::dueOn).orElse(null), messages));
        ClockTexts texts = new ClockTexts(messages);
        TableColumn<T, T> state = CountdownCell.column(messages.get("coordination.column.state"),
                r -> item.apply(r).mostUrgent().map(texts::reading));
        state.setComparator(Comparator.comparing(r -> item.apply(r).urgency()));
        columns.add(state);
        return columns;
    }
}
