package be.inasti.missiondesk.ui.common;

import be.inasti.missiondesk.domain.clock.ClockState;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.control.Tooltip;

/**
 * A countdown as the queue, the detail and the coordinators' lists show it: the state's icon beside the countdown in
 * words ("J-4 · à risque"), so the state never shows by colour alone, and the working days left as its tooltip
 * (with, for an open clock, the share of its deadline used: why it is at risk or not). The control holds
 * that state, marks itself with the state's pseudo-class ({@code :at-risk}, {@code :overdue}, {@code :met},
 * {@code :missed}) for the stylesheet to colour with the theme's tokens, and tells screen readers the countdown
 * and the working days; {@link CountdownBadgeSkin} only builds the nodes. A table cell keeps one badge and shows
 * each row's countdown in it, rather than building an icon and a tooltip per update.
 */
public final class CountdownBadge extends Control {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<ClockState> state = new SimpleObjectProperty<>(this, "state");
    private final StringProperty workingDays = new SimpleStringProperty(this, "workingDays", "");
    private final Tooltip tip = new Tooltip();

    public CountdownBadge() {
        getStyleClass().add("countdown-badge");
        // Read, not operated: Tab goes past it, as past a label.
        setFocusTraversable(false);
        setAccessibleRole(AccessibleRole.TEXT);
        accessibleTextProperty().bind(Bindings.createStringBinding(() -> hasWorkingDays()
                ? text.get() + ", " + workingDays.get() : text.get(), text, workingDays));
        state.addListener((o, was, now) -> StateIcons.mark(this, now));
        tip.textProperty().bind(workingDays);
        workingDays.addListener((o, was, now) -> setTooltip(hasWorkingDays() ? tip : null));
    }

    private boolean hasWorkingDays() {
        return workingDays.get() != null && !workingDays.get().isEmpty();
    }

    /** What a badge shows: the countdown or state in words, the state, and the tooltip ("" for none). */
    public record Reading(String text, ClockState state, String tooltip) {
    }

    /** Shows a countdown: its words, its state (null for none) and its working days left ("" for none). */
    public void show(String countdown, ClockState clockState, String workingDaysLeft) {
        text.set(countdown);
        state.set(clockState);
        workingDays.set(workingDaysLeft);
    }

    public void show(Reading reading) {
        show(reading.text(), reading.state(), reading.tooltip());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new CountdownBadgeSkin(this);
    }

    /** "J-4 · à risque": the countdown and its state in words. */
    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public ObjectProperty<ClockState> stateProperty() {
        return state;
    }

    public ClockState getState() {
        return state.get();
    }

    /** "3 jours ouvrables": the tooltip, and what screen readers hear after the countdown. */
    public StringProperty workingDaysProperty() {
        return workingDays;
    }
}
