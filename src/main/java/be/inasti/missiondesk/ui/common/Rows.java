package be.inasti.missiondesk.ui.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** Rows of the coordination tables: marked by pseudo-class for the CSS, opened by Enter or a double-click. */
public final class Rows {
    private Rows() {
    }

    /**
     * @param marks the pseudo-classes a row's item takes (e.g. "below-norm"), among {@code all}
     * @param open what Enter or a double-click on a row does
     */
    public static <T> void mark(TableView<T> table, List<String> all, Function<T, String> marks, Consumer<T> open) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String mark = empty || item == null ? null : marks.apply(item);
                all.forEach(name -> pseudoClassStateChanged(PseudoClass.getPseudoClass(name), name.equals(mark)));
                setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty()) {
                        open.accept(getItem());
                    }
                });
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }
}
