package be.inasti.missiondesk.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
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

    /**
     * Wraps the column's cell factory: call it once the column has its own cells. The header is measured too once
     * the table is first laid out, so that an empty table's titles are whole as well.
     */
    private static <S, T> TableColumn<S, T> fit(TableColumn<S, T> column, boolean content) {
        column.tableViewProperty().subscribe(table -> {
            if (table != null) {
                fitHeaderOnLayout(table, column);
            }
        });
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

    /** Every column of {@code table} as wide as its content: a table wider than its window scrolls sideways. */
    public static <S> void fitAll(TableView<S> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().forEach(ColumnFit::toContent);
    }

    /**
     * Every column of {@code table} as wide as its content but {@code rest}, which takes what the others leave and
     * gives its cut texts whole in their tooltip ({@link Columns#elided}).
     */
    public static <S> void fitAll(TableView<S> table, TableColumn<S, String> rest) {
        table.getColumns().stream().filter(c -> c != rest).forEach(ColumnFit::toContent);
        toTitle(Columns.elided(rest));
        restTo(table, rest);
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

    private static void fitHeaderOnLayout(TableView<?> table, TableColumn<?, ?> column) {
        ChangeListener<Boolean> measure = new ChangeListener<>() {
            private boolean measured;

            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean needs) {
                double title = needs || measured ? 0 : headerNeeds(column);
                if (title > 0) {
                    widen(column, title);
                    measured = true;
                    // Not while the property tells its listeners: JavaFX fails on a listener removed meanwhile.
                    Platform.runLater(() -> table.needsLayoutProperty().removeListener(this));
                }
            }
        };
        table.needsLayoutProperty().addListener(measure);
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
     * The header's title wraps between its words onto two lines at most (a printed table's headers): the column
     * needs the wider line of the title's best split, so "Person oder Unternehmen" or "Sachbearbeiter" over a
     * column of logins does not take the room of the data on one line.
     */
    private static double headerNeeds(TableColumn<?, ?> column) {
        Node header = column.getStyleableNode();
        if (header == null || !(header.lookup(".label") instanceof Label title) || title.getText() == null) {
            return 0;
        }
        title.setWrapText(true);
        String[] words = title.getText().strip().split("\\s+");
        double lines = textWidth(title.getText(), title.getFont());
        for (int split = 1; split < words.length; split++) {
            String first = String.join(" ", Arrays.copyOfRange(words, 0, split));
            String second = String.join(" ", Arrays.copyOfRange(words, split, words.length));
            lines = Math.min(lines, Math.max(textWidth(first, title.getFont()), textWidth(second, title.getFont())));
        }
        return Math.ceil(lines + title.snappedLeftInset() + title.snappedRightInset() + HEADER_EXTRA);
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
