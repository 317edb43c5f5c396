package be.inasti.missiondesk.ui.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.app.Agent;
import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.domain.attainment.AttainmentRow;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.ui.balance.BalanceRow;
import be.inasti.missiondesk.ui.balance.Load;
import be.inasti.missiondesk.ui.common.CountdownBadge;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.FxTaskRunner;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.shell.Theme;
import be.inasti.missiondesk.ui.team.TeamLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The coordinator's window driven like a person: opening lines, selecting, choosing, typing, clicking. */
@ExtendWith(ApplicationExtension.class)
class CoordinationWindowTest {
    @TempDir
    Path folder;

    private DeskFixture desk;
    private FxTaskRunner tasks;
    private Path report;
    private int moves;
    private CoordinationWindow window;

    @Start
    void start(Stage owner) {
        desk = DeskFixture.seeded(folder, 200);
        tasks = new FxTaskRunner();
        Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet());
        owner.setScene(new Scene(new StackPane(), 200, 100));
        owner.show();
        window = CoordinationWindow.open(owner, CoordinationWindow.Uses.of(desk.services), tasks,
                new Messages(Locale.FRENCH), () -> moves++, owned -> (format, name) -> Optional.ofNullable(report));
        window.show(CoordinationScreen.TEAM);
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** An item of the open drop-down: the same text may also show in a table behind it. */
    private static Labeled popupItem(FxRobot robot, String text) {
        return robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(text)).queryLabeled();
    }

    private List<QueueItem> missionsOf(String login) {
        return desk.services.queue().all(QueueCriteria.of(Optional.empty(), Optional.of(login)));
    }

    /** Someone else than the test user with open work, as the drop-down shows him. */
    private static Agent colleague(ComboBox<Agent> agents, int skip) {
        return agents.getItems().stream().filter(a -> !a.login().equals("tester")).skip(skip).findFirst()
                .orElseThrow();
    }

    @Test
    void opensAnAgentsQueueAndReassignsTheSelectedMissionsWithAReason(FxRobot robot) throws TimeoutException {
        TableView<TeamLine> team = robot.lookup("#team-table").queryTableView();
        waitUntil(() -> team.getItems().size() > 5);
        assertThat(team.getItems().getLast().level()).isEqualTo(TeamLine.Level.TOTAL);
        assertThat(team.getItems().getLast().open()).isEqualTo(desk.services.queue().all(QueueCriteria.all()).size());

        TeamLine tester = team.getItems().stream().filter(l -> l.login().equals(Optional.of("tester"))).findFirst()
                .orElseThrow();
        robot.interact(() -> team.scrollTo(tester));
        robot.clickOn(robot.lookup("#team-table .table-cell").match(LabeledMatchers.hasText("tester")).queryLabeled())
                .type(KeyCode.ENTER);
        TableView<QueueItem> missions = robot.lookup("#team-missions").queryTableView();
        waitUntil(() -> missions.getItems().size() == 3);
        assertThat(text(robot, "#team-missions-title")).isEqualTo("Missions ouvertes : tester (3)");
        // Each state as the queue draws it: the badge with the state's icon, coloured by its pseudo-class.
        waitUntil(() -> badges(robot, "#team-missions").size() == 3);
        assertThat(badges(robot, "#team-missions")).extracting(CountdownBadge::getText)
                .containsExactly("+4 j de retard · en retard", "J-7 · à risque", "J-7 · dans les délais");
        assertThat(badges(robot, "#team-missions").get(1).getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("at-risk"));

        robot.clickOn("#reassign-all");
        ComboBox<Agent> target = robot.lookup("#reassign-target").queryComboBox();
        String to = target.getConverter().toString(colleague(target, 0));
        robot.clickOn(target).clickOn(popupItem(robot, to));
        robot.clickOn("#reassign-apply");
        waitUntil(() -> !text(robot, "#reassign-error").isEmpty());
        assertThat(missionsOf("tester")).hasSize(3);

        robot.clickOn("#reassign-reason").write("réorganisation").clickOn("#reassign-apply");

        waitUntil(() -> text(robot, "#reassign-message").startsWith("3 mission(s) réattribuée(s) à "));
        waitUntil(() -> missions.getItems().isEmpty());
        assertThat(missionsOf("tester")).isEmpty();
        assertThat(moves).isEqualTo(1);
        assertThat(text(robot, "#reassign-error")).isEmpty();
    }

    @Test
    void theTeamsCountsFollowAChangeMadeInTheMainWindow(FxRobot robot) throws TimeoutException {
        TableView<TeamLine> team = robot.lookup("#team-table").queryTableView();
        waitUntil(() -> team.getItems().size() > 5);
        int open = team.getItems().getLast().open();

        // As the main window reports an event it fired: the information request is answered and leaves the team.
        desk.services.missions().fire(desk.information.id(), "reponse-envoyee", DeskFixture.TODAY, "");
        robot.interact(window::refresh);

        waitUntil(() -> team.getItems().getLast().open() == open - 1);
    }

    @Test
    void balancesAnAbsentAgentsQueueEditsThePreviewAndAppliesIt(FxRobot robot) throws TimeoutException {
        robot.clickOn("Répartition d'une absence");
        ComboBox<Agent> absent = robot.lookup("#balance-absent").queryComboBox();
        waitUntil(() -> absent.getItems().size() > 3);
        robot.clickOn(absent).clickOn(popupItem(robot, "tester (Namur)"));
        ListView<Agent> colleagues = robot.lookup("#balance-colleagues").queryListView();
        // Agents show with their office's name, not its code.
        Messages french = new Messages(Locale.FRENCH);
        String first = french.agent(colleague(absent, 0));
        String second = french.agent(colleague(absent, 1));
        robot.clickOn(robot.lookup("#balance-colleagues .list-cell").match(LabeledMatchers.hasText(first))
                .queryLabeled());
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(colleagues.getSelectionModel().getSelectedItems()).hasSize(2);

        robot.clickOn("#balance-propose");
        TableView<BalanceRow> preview = robot.lookup("#balance-preview").queryTableView();
        waitUntil(() -> preview.getItems().size() == 3);
        TableView<Load> loads = robot.lookup("#balance-loads").queryTableView();
        waitUntil(() -> text(robot, "#balance-fairness").startsWith("Charge moyenne "));
        BalanceRow row = preview.getItems().getFirst();
        String other = row.toProperty().get().equals(login(first)) ? login(second) : login(first);
        double otherBefore = after(loads, other);

        // The edit goes through the row's property the "to" drop-down cell is bound to.
        robot.interact(() -> row.toProperty().set(other));

        waitUntil(() -> row.toProperty().get().equals(other));
        waitUntil(() -> after(loads, other) == otherBefore + row.weight());
        robot.clickOn("#balance-reason").write("congé de maladie").clickOn("#balance-apply");

        waitUntil(() -> text(robot, "#balance-message").equals("3 mission(s) réattribuée(s)."));
        assertThat(missionsOf("tester")).isEmpty();
        assertThat(desk.services.missions().get(row.item().mission().id()).assignee()).isEqualTo(other);
    }

    private static String login(String agent) {
        return agent.substring(0, agent.indexOf(' '));
    }

    private static double after(TableView<Load> loads, String login) {
        return loads.getItems().stream().filter(l -> l.login().equals(login)).findFirst().orElseThrow().after();
    }

    @Test
    void theDashboardListsBelowNormFirstDrawsTheNormsAndExportsTheReport(FxRobot robot) throws Exception {
        robot.clickOn("Tableau de bord des objectifs");
        TableView<AttainmentRow> table = robot.lookup("#dashboard-table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        assertThat(table.getItems().getFirst().belowNorm()).isTrue();
        waitUntil(() -> robot.lookup("#dashboard-table .table-row-cell").queryAll().stream()
                .anyMatch(r -> r.getPseudoClassStates().contains(PseudoClass.getPseudoClass("below-norm"))));
        long bars = table.getItems().stream().filter(r -> r.attainmentPercent() != null).count();
        waitUntil(() -> robot.lookup("#dashboard-bars .norm-line").queryAll().size() == bars);
        assertThat(robot.lookup("#dashboard-bars .norm-line").queryAllAs(Line.class))
                .allMatch(l -> l.isVisible() && l.getEndX() > l.getStartX());
        assertThat(robot.lookup("#dashboard-trend .chart-series-line").queryAll()).hasSize(2);
        // Below-norm rows say so in an icon and a word; the trend is drawn in the theme's accent, not in the first
        // colour of JavaFX's palette (which AtlantaFX's -color-chart-1 repeats).
        waitUntil(() -> robot.lookup("#dashboard-table .norm-standing").queryAllAs(TableCell.class).stream()
                .anyMatch(c -> "sous la norme".equals(c.getText()) && c.getGraphic() instanceof FontIcon));
        assertThat(robot.lookup("#dashboard-table .norm-standing").queryAllAs(TableCell.class))
                .noneMatch(TableCell::isTextTruncated);
        javafx.scene.shape.Path attained = robot.lookup("#dashboard-trend .default-color0.chart-series-line")
                .queryAs(javafx.scene.shape.Path.class);
        assertThat(attained.getStroke()).isNotEqualTo(Color.web("#f3622d"));

        report = folder.resolve("rapport.pdf");
        robot.clickOn("#report-pdf");

        waitUntil(() -> text(robot, "#report-message").equals("Rapport enregistré : " + report));
        assertThat(Files.readAllBytes(report)).startsWith("%PDF".getBytes());
        report = folder.resolve("rapport.csv");
        robot.clickOn("#report-csv");
        waitUntil(() -> text(robot, "#report-message").equals("Rapport enregistré : " + report));
        assertThat(Files.readString(report)).contains("ECL 1-01");
    }

    @Test
    void theAtRiskListFollowsTheSpinner(FxRobot robot) throws TimeoutException {
        robot.clickOn("Délais à risque");
        TableView<?> clocks = robot.lookup("#atrisk-table").queryTableView();
        waitUntil(() -> !clocks.getItems().isEmpty());
        int week = clocks.getItems().size();

        robot.clickOn("#atrisk-days .text-field").eraseText(1).write("30").type(KeyCode.ENTER);

        waitUntil(() -> clocks.getItems().size() > week);
        assertThat(text(robot, "#atrisk-summary")).endsWith("d'ici 30 jour(s) sans action");
        waitUntil(() -> !badges(robot, "#atrisk-table").isEmpty());
        assertThat(badges(robot, "#atrisk-table")).allSatisfy(b -> {
            assertThat(b.getText()).isEqualTo(new Messages(Locale.FRENCH).of("state", b.getState()));
            assertThat(b.lookup(".state-icon")).isInstanceOf(FontIcon.class);
        });
    }

    /** The countdown badges a table shows, top to bottom. */
    private static List<CountdownBadge> badges(FxRobot robot, String table) {
        return robot.lookup(table + " .countdown-badge").queryAllAs(CountdownBadge.class).stream()
                .filter(b -> b.getState() != null && b.isVisible())
                .sorted(Comparator.comparingDouble(b -> b.localToScene(0, 0).getY())).toList();
    }
}
