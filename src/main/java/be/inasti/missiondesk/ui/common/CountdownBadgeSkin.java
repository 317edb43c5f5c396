package be.inasti.missiondesk.ui.common;

import be.inasti.missiondesk.domain.clock.ClockState;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The nodes of a {@link CountdownBadge}, built once: a label for the countdown with the state's icon as its
 * graphic. A new countdown only changes the label's text and the icon's glyph; the colours follow the badge's
 * pseudo-classes through the stylesheet.
 */
public final class CountdownBadgeSkin extends SkinBase<CountdownBadge> {
    private final Label label = new Label();
    private final FontIcon icon = new FontIcon();

    public CountdownBadgeSkin(CountdownBadge badge) {
        super(badge);
        icon.getStyleClass().add("state-icon");
        label.textProperty().bind(badge.textProperty());
        registerChangeListener(badge.stateProperty(), o -> showState());
        showState();
        getChildren().add(label);
    }

    /** No state, no icon: an empty badge shows nothing. */
    private void showState() {
        ClockState state = getSkinnable().getState();
        if (state != null) {
            icon.setIconCode(StateIcons.ikon(state));
        }
        label.setGraphic(state == null ? null : icon);
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        label.textProperty().unbind();
        getChildren().remove(label);
        super.dispose();
    }
}
