package be.inasti.missiondesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import be.inasti.missiondesk.domain.clock.ClockState;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The countdown badge shows its state by pseudo-class (coloured by the stylesheet with the theme's tokens), icon
 * and words, tells screen readers the countdown and its working days, and its skin keeps the nodes it built.
 */
@ExtendWith(ApplicationExtension.class)
class CountdownBadgeTest {
    private static final Set<String> STATE_CLASSES = Set.of("at-risk", "overdue", "met", "missed");

    private CountdownBadge badge;
    private Label danger;
    private Label warning;

    /** The badge in a scene with the theme and the window's stylesheet, beside labels in the theme's colours. */
    @Start
    void start(Stage stage) {
        badge = new CountdownBadge();
        danger = new Label("danger");
        danger.setStyle("-fx-text-fill: -color-danger-fg;");
        warning = new Label("warning");
        warning.setStyle("-fx-text-fill: -color-warning-fg;");
        Scene scene = new Scene(new VBox(badge, danger, warning), 320, 120);
        scene.getStylesheets().addAll(new PrimerLight().getUserAgentStylesheet(), Objects.requireNonNull(
                CountdownBadge.class.getResource("/be/inasti/missiondesk/ui/missiondesk.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void show(FxRobot robot, String text, ClockState state, String workingDays) {
        robot.interact(() -> {
            badge.show(text, state, workingDays);
            badge.getScene().getRoot().applyCss();
        });
    }

    private Label label() {
        return (Label) badge.lookup(".label");
    }

    private FontIcon icon() {
        return (FontIcon) badge.lookup(".state-icon");
    }

    /** The badge's state pseudo-classes, without those JavaFX sets itself (hover, first-child…). */
    private Set<String> pseudoClasses() {
        return badge.getPseudoClassStates().stream().map(PseudoClass::getPseudoClassName)
                .filter(STATE_CLASSES::contains).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @CsvSource({"ON_TRACK, ''", "AT_RISK, at-risk", "OVERDUE, overdue", "MET, met", "MISSED, missed",
            "CANCELLED, ''"})
    void eachStateShowsItsPseudoClassAndIcon(ClockState state, String pseudoClass, FxRobot robot) {
        show(robot, "J-4 · " + state, state, "3 jours ouvrables");

        assertThat(pseudoClasses()).isEqualTo(pseudoClass.isEmpty() ? Set.of() : Set.of(pseudoClass));
        assertThat(icon().getIconCode()).isEqualTo(StateIcons.ikon(state));
        assertThat(label().getText()).isEqualTo("J-4 · " + state);
    }

    @Test
    void overdueAndAtRiskTakeTheThemesDangerAndWarningColoursInTextAndIcon(FxRobot robot) {
        show(robot, "+4 j de retard · en retard", ClockState.OVERDUE, "-2 jours ouvrables");

        assertThat(label().getTextFill()).isEqualTo(danger.getTextFill());
        assertThat(icon().getIconColor()).isEqualTo(danger.getTextFill());

        show(robot, "J-2 · à risque", ClockState.AT_RISK, "2 jours ouvrables");

        assertThat(label().getTextFill()).isEqualTo(warning.getTextFill()).isNotEqualTo(danger.getTextFill());
        assertThat(icon().getIconColor()).isEqualTo(warning.getTextFill());

        show(robot, "J-20 · dans les délais", ClockState.ON_TRACK, "14 jours ouvrables");

        assertThat(label().getTextFill()).isNotEqualTo(warning.getTextFill()).isNotEqualTo(danger.getTextFill());
    }

    @Test
    void theWorkingDaysAreItsTooltipAndFollowTheCountdownForScreenReaders(FxRobot robot) {
        show(robot, "J-4 · à risque", ClockState.AT_RISK, "3 jours ouvrables");

        assertThat(badge.getTooltip().getText()).isEqualTo("3 jours ouvrables");
        assertThat(badge.queryAccessibleAttribute(AccessibleAttribute.TEXT))
                .isEqualTo("J-4 · à risque, 3 jours ouvrables");

        show(robot, "J-3 · à risque", ClockState.AT_RISK, "");

        assertThat(badge.getTooltip()).isNull();
        assertThat(badge.queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo("J-3 · à risque");
    }

    @Test
    void theSkinKeepsTheNodesItBuiltAndOnlyChangesTheirTextAndGlyph(FxRobot robot) {
        show(robot, "J-4 · à risque", ClockState.AT_RISK, "3 jours ouvrables");
        Label label = label();
        FontIcon icon = icon();

        show(robot, "+1 j de retard · en retard", ClockState.OVERDUE, "-1 jour ouvrable");

        assertThat(label()).isSameAs(label);
        assertThat(icon()).isSameAs(icon);
        assertThat(label.getText()).isEqualTo("+1 j de retard · en retard");
        assertThat(icon.getIconCode()).isEqualTo(StateIcons.ikon(ClockState.OVERDUE))
                .isNotEqualTo(StateIcons.ikon(ClockState.AT_RISK));
        assertThat(badge.isFocusTraversable()).isFalse();

        show(robot, "", null, "");

        assertThat(label.getGraphic()).isNull();
        assertThat(pseudoClasses()).isEmpty();
    }
}
