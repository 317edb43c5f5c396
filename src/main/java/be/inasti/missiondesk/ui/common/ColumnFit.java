package be.inasti.missiondesk.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Columns never narrower than what they show: each cell, once laid out, widens its column to its own text and
 * graphic, and to the header's title. The width only grows, so a column settles on its widest row seen (the rows
 * a table shows, in the font and language the window has: no width to guess per language). A table whose columns
 * no longer fit scrolls sideways rather than cutting them.
 */
public final class ColumnFit {
    /** Room for the sort arrow the header shows beside its title, and for rounding. */
    private static final double HEADER_EXTRA = 22;
    private static final double ROUNDING = 2;
    /** The vertical scroll bar and the table's border, which the columns leave free. */
    private static final double SCROLL_BAR = 20;

    private ColumnFit() {
    }

    public static <S, T> TableColumn<S, T> toContent(TableColumn<S, T> column) {
        return fit(column, true);
    }

    /** Only as wide as the header's title: for a column whose cells give their cut text whole in a tooltip. */
    public static <S, T> TableColumn<S, T> toTitle(TableColumn<S, T> column) {
        return fit(column, false);
    }

    /** Wraps the column's cell factory: call it once the column has its own cells. */
    private static <S, T> TableColumn<S, T> fit(TableColumn<S, T> column, boolean content) {
        Callback<TableColumn<S, T>, TableCell<S, T>> made = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<S, T> cell = made.call(c);
            cell.needsLayoutProperty().addListener((o, was, needs) -> {
                if (!needs && !cell.isEmpty()) {
                    widen(column, Math.max(content ? needed(cell) : 0, headerNeeds(column)));
                }
            });
            return cell;
        });
        return column;
    }

    /**
     * The table's columns keep their own widths and {@code rest} takes what the visible others leave, never less
     * than its minimum. Unlike the constrained policies, which keep the widths they first gave, a column that its
     * content widens later is not left overflowing the table's right edge (where it would be cut, the countdown
     * first).
     */
    public static <S> void restTo(TableView<S> table, TableColumn<S, ?> rest) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        List<Observable> inputs = new ArrayList<>(List.of(table.widthProperty(), rest.minWidthProperty()));
        List<TableColumn<S, ?>> others = table.getColumns().stream().filter(c -> c != rest).toList();
        others.forEach(c -> inputs.addAll(List.of(c.widthProperty(), c.visibleProperty())));
        rest.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(rest.getMinWidth(),
                table.getWidth() - SCROLL_BAR - others.stream().filter(TableColumn::isVisible)
                        .mapToDouble(TableColumn::getWidth).sum()), inputs.toArray(Observable[]::new)));
    }

    private static void widen(TableColumn<?, ?> column, double width) {
        if (width > column.getMinWidth()) {
            column.setMinWidth(width);
        }
        if (width > column.getPrefWidth() && !column.prefWidthProperty().isBound()) {
            column.setPrefWidth(width);
        }
    }

    /** The width the cell's text and graphic take side by side, with its padding. */
    private static double needed(Labeled cell) {
        double text = textWidth(cell.getText(), cell.getFont());
        Node graphic = cell.getGraphic();
        double picture = graphic == null ? 0 : graphic.prefWidth(-1);
        double gap = text > 0 && picture > 0 ? cell.getGraphicTextGap() : 0;
        return Math.ceil(cell.snappedLeftInset() + text + gap + picture + cell.snappedRightInset() + ROUNDING);
    }

    /**
     * The header's title wraps between its words (two-line headers, as in a printed table): the column needs its
     * longest word only, so "Person oder Unternehmen" or "Sachbearbeiter" over a column of logins does not take
     * the room of the data.
     */
    private static double headerNeeds(TableColumn<?, ?> column) {
        Node header = column.getStyleableNode();
        if (header == null || !(header.lookup(".label") instanceof Label title) || title.getText() == null) {
            return 0;
        }
        title.setWrapText(true);
        double longestWord = Arrays.stream(title.getText().split("\\s+"))
                .mapToDouble(word -> textWidth(word, title.getFont())).max().orElse(0);
        return Math.ceil(longestWord + title.snappedLeftInset() + title.snappedRightInset() + HEADER_EXTRA);
    }

    static double textWidth(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }
}
