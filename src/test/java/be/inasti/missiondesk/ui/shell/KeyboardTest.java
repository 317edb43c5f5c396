package be.inasti.missiondesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.FxTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window with the keyboard alone, where a person working without a mouse got stuck: Esc that did nothing, a
 * first Down that skipped the most urgent row, a search box the arrows could not leave, a dialog that opened
 * without focus, shortcuts that worked only in the main window.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {
    @TempDir
    Path folder;

    private DeskFixture desk;
    private FxTaskRunner tasks;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = DeskFixture.seeded(folder, 300);
        tasks = new FxTaskRunner();
        window = MainWindow.show(stage, desk.services, tasks, new Preferences(Locale.FRENCH, Theme.LIGHT), () -> { });
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TableView<QueueItem> queue(FxRobot robot) {
        return robot.lookup("#queue-table").queryTableView();
    }

    private static boolean detailOpen(FxRobot robot) {
        return robot.lookup("#detail-title").tryQuery().map(Node::isVisible).orElse(false);
    }

    private static Node focused(Window window) {
        return onFx(() -> window.getScene().getFocusOwner());
    }

    private static Window showing(String title) {
        return onFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElse(null));
    }

    private TableView<QueueItem> queueWithItsThreeMissions(FxRobot robot) throws TimeoutException {
        TableView<QueueItem> table = queue(robot);
        waitUntil(() -> table.getItems().size() == 3);
        return table;
    }

    @Test
    void theFirstDownSelectsTheMostUrgentRow(FxRobot robot) throws TimeoutException {
        TableView<QueueItem> table = queueWithItsThreeMissions(robot);
        robot.interact(table::requestFocus);

        robot.push(KeyCode.DOWN);

        assertThat(onFx(() -> table.getSelectionModel().getSelectedIndex())).isZero();
    }

    @Test
    void downFromTheSearchBoxGoesToTheFirstResultAndEnterOpensIt(FxRobot robot) throws TimeoutException {
        TableView<QueueItem> table = queueWithItsThreeMissions(robot);
        robot.push(KeyCode.CONTROL, KeyCode.F).write("renard");
        waitUntil(() -> table.getItems().size() == 1);

        robot.push(KeyCode.DOWN);
        assertThat(focused(stage)).isSameAs(table);
        assertThat(onFx(() -> table.getSelectionModel().getSelectedIndex())).isZero();
        robot.push(KeyCode.ENTER);

        waitUntil(() -> detailOpen(robot));
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).endsWith("Luc Renard");
    }

    @Test
    void escapeClosesTheOpenMissionWhereverTheFocusIs(FxRobot robot) throws TimeoutException {
        TableView<QueueItem> table = queueWithItsThreeMissions(robot);
        robot.interact(table::requestFocus);
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        waitUntil(() -> detailOpen(robot));
        robot.interact(table::requestFocus);

        robot.push(KeyCode.ESCAPE);

        waitUntil(() -> !detailOpen(robot));
        assertThat(focused(stage)).isSameAs(table);
    }

    @Test
    void theEventDialogOpensOnItsDateAndTabLeavesTheComment(FxRobot robot) throws TimeoutException {
        TableView<QueueItem> table = queueWithItsThreeMissions(robot);
        robot.push(KeyCode.CONTROL, KeyCode.F).write("renard");
        waitUntil(() -> table.getItems().size() == 1);
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        waitUntil(() -> detailOpen(robot));

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> robot.lookup("#transition-comment").tryQuery().isPresent());
        Window dialog = robot.lookup("#transition-comment").query().getScene().getWindow();
        waitUntil(() -> robot.lookup("#transition-date").query().isFocusWithin());
        TextArea comment = robot.lookup("#transition-comment").queryAs(TextArea.class);
        robot.push(KeyCode.TAB);
        assertThat(focused(dialog)).isSameAs(comment);
        robot.targetWindow(dialog).write("par courrier").push(KeyCode.TAB); // TestFX types into its target window

        assertThat(comment.getText()).isEqualTo("par courrier");
        assertThat(focused(dialog)).isNotSameAs(comment);
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void escapeClosesTheFlowImportWindow(FxRobot robot) throws TimeoutException, IOException {
        queueWithItsThreeMissions(robot);
        Path file = Files.writeString(folder.resolve("naissances.csv"), "niss;nom\n");
        robot.interact(() -> window.openFlowImport(file));
        waitUntil(() -> showing("Importer un flux") != null);
        robot.interact(() -> showing("Importer un flux").requestFocus());

        robot.push(KeyCode.ESCAPE);

        waitUntil(() -> showing("Importer un flux") == null);
    }

    @Test
    void theCoordinationShortcutsWorkInTheCoordinationWindowAndEscapeClosesIt(FxRobot robot)
            throws TimeoutException {
        queueWithItsThreeMissions(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        String title = "MissionDesk — Coordination";
        waitUntil(() -> showing(title) != null);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> showing(title).requestFocus());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K);
        waitUntil(() -> onFx(() -> tabs.getSelectionModel().getSelectedItem().getId()).equals("tab-dashboard"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        waitUntil(() -> onFx(() -> tabs.getSelectionModel().getSelectedItem().getId()).equals("tab-at-risk"));

        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> showing(title) == null);
    }
}
