package be.inasti.missiondesk.ui.common;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * A table cell showing a row's countdown as the queue does, in a {@link CountdownBadge}: the state's icon and
 * colour beside its words, the working days and the share of the deadline used as tooltip. One badge per cell,
 * made with the cell: scrolling only shows another row's countdown in it. A row with no reading (no open clock, or
 * a row still being read) leaves the cell empty.
 */
public final class CountdownCell<S> extends TableCell<S, S> {
    private final Function<S, Optional<CountdownBadge.Reading>> reading;
    private final CountdownBadge badge = new CountdownBadge();

    public CountdownCell(Function<S, Optional<CountdownBadge.Reading>> reading) {
        this.reading = reading;
        // The tooltip shows wherever the pointer is in the cell, not only over the badge's words.
        tooltipProperty().bind(badge.tooltipProperty());
    }

    /**
     * A column of such cells. Its values are the rows themselves, which do not compare: a table that sorts by
     * itself needs the column's comparator set, or the column made unsortable.
     */
    public static <S> TableColumn<S, S> column(String title, Function<S, Optional<CountdownBadge.Reading>> reading) {
        TableColumn<S, S> column = new TableColumn<>(title);
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        column.setCellFactory(c -> new CountdownCell<>(reading));
        return column;
    }

    @Override
    protected void updateItem(S row, boolean empty) {
        super.updateItem(row, empty);
        Optional<CountdownBadge.Reading> shown = empty || row == null ? Optional.empty() : reading.apply(row);
        if (shown.isEmpty()) {
            badge.show("", null, "");
            setGraphic(null);
            return;
        }
        badge.show(shown.get());
        setGraphic(badge);
    }
}
