package be.inasti.missiondesk.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * A button greyed for a reason, and the reason said: the button is disabled exactly when {@code whyNot} says
 * something, so no button is ever greyed without a word. A disabled node gets no mouse events, hence no tooltip of its
 * own: the tooltip hangs on a wrapper around it, and is there only while the button is greyed.
 */
public final class WhyDisabled {
    private WhyDisabled() {
    }

    /** The wrapper to lay out in the button's place. */
    public static Node explain(ButtonBase button, ObservableValue<String> whyNot) {
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !isBlank(whyNot.getValue()), whyNot));
        // Screen readers (and the window's tests, which cannot hover) read the reason as the button's help.
        button.accessibleHelpProperty().bind(whyNot);
        StackPane wrapper = new StackPane(button);
        wrapper.setId(button.getId() + "-why");
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.textProperty().bind(whyNot);
        whyNot.subscribe(why -> {
            if (isBlank(why)) {
                Tooltip.uninstall(wrapper, tooltip);
            } else {
                Tooltip.install(wrapper, tooltip);
            }
        });
        return wrapper;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
