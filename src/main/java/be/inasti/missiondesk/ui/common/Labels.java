package be.inasti.missiondesk.ui.common;

import be.inasti.missiondesk.app.Agent;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;

/** The small nodes the screens share: status texts, a field's label, a busy indicator, a choice of agent. */
public final class Labels {
    private Labels() {
    }

    /** A label showing {@code text}, found by tests through {@code id}. */
    public static Label bound(String id, ObservableValue<String> text, String... styleClasses) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /**
     * The label of a form's field: its mnemonic (the underlined letter, Alt+letter) moves to the field, and it is
     * never cut to "…" however narrow the form.
     */
    public static Label forField(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Wraps {@code label} onto as many lines as its text needs at the width it is given. Most panes ask a child for
     * its height at its one-line width, so the label claims the height of all its lines itself whenever its width
     * or text changes: a long title wraps instead of ending in "…".
     */
    public static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinWidth(Region.USE_COMPUTED_SIZE); // a field's label may have kept its one-line width: it wraps now
        Runnable claim = () -> label.setMinHeight(label.getWidth() > 0 ? label.prefHeight(label.getWidth())
                : Region.USE_PREF_SIZE);
        label.widthProperty().addListener((o, was, now) -> claim.run());
        label.textProperty().addListener((o, was, now) -> claim.run());
        return label;
    }

    /** A coordinator's team (about eighteen agents) fits in the drop-down without scrolling. */
    private static final int AGENTS_AT_A_GLANCE = 20;

    public static ComboBox<Agent> agents(String id, ObservableList<Agent> agents) {
        ComboBox<Agent> choice = new ComboBox<>(agents);
        choice.setId(id);
        choice.setVisibleRowCount(AGENTS_AT_A_GLANCE);
        return choice;
    }

    /** The same, each agent shown as a person reads him: login and office name, not the office's code. */
    public static ComboBox<Agent> agents(String id, ObservableList<Agent> agents, Messages messages) {
        ComboBox<Agent> choice = agents(id, agents);
        choice.setConverter(new DisplayConverter<>(messages::agent));
        return choice;
    }

    /** A choice among {@code values}, each shown by its label, kept in {@code value} both ways. */
    public static <T> ComboBox<T> choice(String id, List<T> values, ObjectProperty<T> value,
            Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(new DisplayConverter<>(label));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** Spins while work runs off the FX thread; the window stays usable meanwhile. */
    public static ProgressIndicator busy(String id, ObservableValue<Boolean> running) {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId(id);
        busy.getStyleClass().add("busy");
        busy.visibleProperty().bind(running);
        return busy;
    }
}
