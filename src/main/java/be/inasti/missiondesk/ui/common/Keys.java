package be.inasti.missiondesk.ui.common;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.TraversalDirection;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Keys that must work wherever the focus is. Scene accelerators and key handlers come after the focused control,
 * and tables, tab panes and text areas keep Esc, Down or Tab for themselves: these use event filters, which see the
 * key first.
 */
public final class Keys {
    private Keys() {
    }

    /** Esc closes the window, whatever control has the focus (a drop-down's list is a window of its own). */
    public static void closeOnEscape(Stage stage) {
        onEscape(stage.getScene(), () -> true, stage::close);
    }

    /**
     * Esc runs {@code action} while {@code when} holds, whatever control has the focus, except a drop-down showing
     * its list: there Esc closes the list only.
     */
    public static void onEscape(Scene scene, BooleanSupplier when, Runnable action) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean listOpen = scene.getFocusOwner() instanceof ComboBoxBase<?> box && box.isShowing();
            if (e.getCode() == KeyCode.ESCAPE && !listOpen && when.getAsBoolean()) {
                action.run();
                e.consume();
            }
        });
    }

    /**
     * Down with no row selected selects the first (the table's focus model sits on the first row already, so the
     * arrow alone would select the second: the most urgent mission skipped).
     */
    public static void firstDownSelectsFirstRow(TableView<?> table) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !e.isShortcutDown() && !e.isShiftDown()
                    && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
                e.consume();
            }
        });
    }

    /** Down in {@code field} moves to {@code table}, on its first row unless one is selected already. */
    public static void downGoesTo(Node field, TableView<?> table) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().select(0);
                    table.getFocusModel().focus(0);
                }
                e.consume();
            }
        });
    }

    /** Tab and Shift+Tab leave a text area as they leave any field (a comment needs no tab character). */
    public static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                area.requestFocusTraversal(e.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
                e.consume();
            }
        });
    }
}
