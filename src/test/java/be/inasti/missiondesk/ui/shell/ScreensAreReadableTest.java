package be.inasti.missiondesk.ui.shell;

import static be.inasti.missiondesk.flows.Fixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.app.Agent;
import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.ui.balance.BalanceRow;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.FxTaskRunner;
import be.inasti.missiondesk.ui.common.ScriptedFiles;
import be.inasti.missiondesk.ui.coordination.CoordinationScreen;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen at 1280×800 (the other windows at the size they open with) in each language, on demo data: no text
 * that carries data is cut to "…" unless a tooltip gives it whole, and no code of the program reaches the user.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensAreReadableTest {

    @TempDir
    static Path folder;
    private static DeskFixture desk;

    private Stage stage;
    private FxTaskRunner tasks;
    private MainWindow window;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void demo() {
        desk = DeskFixture.seeded(folder, 250);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        if (tasks != null) {
            tasks.close();
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de", "en"})
    void everyScreenCanBeReadWhole(String language, FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            tasks = new FxTaskRunner();
            window = MainWindow.show(stage, desk.services, tasks, new Preferences(Locale.of(language), Theme.LIGHT),
                    new ScriptedFiles(folder), Optional.empty(), () -> { }, reason -> { });
        });
        TableView<QueueItem> queue = robot.lookup("#queue-table").queryTableView();
        robot.clickOn("#queue-mine");
        waitUntil(() -> queue.getItems().size() > 20);
        read(robot, "queue", stage.getScene());

        robot.interact(queue::requestFocus);
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        readDetailAndEvent(robot);
        readNewMission(robot);
        readFlowImport(robot);
        readCoordination(robot);
        robot.interact(window::openSync);
        read(robot, "sync", sceneOf("#sync-view"));
        robot.interact(window::openProfile);
        read(robot, "profile", sceneOf("#profile"));

        assertThat(problems).as(language).isEmpty();
    }

    private void readDetailAndEvent(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#detail-history").tryQueryAs(TableView.class)
                .map(t -> !t.getItems().isEmpty()).orElse(false));
        read(robot, "detail", stage.getScene());
        Button first = robot.lookup("#detail-actions .button").queryButton();
        robot.clickOn(first);
        waitUntil(() -> robot.lookup("#transition-confirm").tryQuery().isPresent());
        read(robot, "event", robot.lookup("#transition-confirm").query().getScene());
        robot.interact(() -> robot.lookup("#transition-confirm").query().getScene().getWindow().hide());
    }

    private void readNewMission(FxRobot robot) throws TimeoutException {
        robot.interact(window::openNewMission);
        waitUntil(() -> robot.lookup("#new-mission").tryQuery().isPresent());
        // A wrong NISS: its message must be readable beside the field.
        robot.interact(() -> robot.lookup("#form-identifier").queryAs(TextField.class).setText("85.07.30-033.29"));
        read(robot, "new mission", sceneOf("#new-mission"));
        robot.interact(() -> sceneOf("#new-mission").getWindow().hide());
    }

    private void readFlowImport(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.openFlowImport(flow("requests-2026-11.csv")));
        waitUntil(() -> robot.lookup("#flows-table").tryQueryAs(TableView.class)
                .map(t -> t.getItems().size() == 7).orElse(false));
        read(robot, "flow import", sceneOf("#flows-table"));
        robot.interact(() -> sceneOf("#flows-table").getWindow().hide());
    }

    private void readCoordination(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.openCoordination(CoordinationScreen.TEAM));
        TabPane tabs = (TabPane) sceneOf("#balance-preview").getRoot();
        ComboBox<Agent> absent = robot.lookup("#balance-absent").queryComboBox();
        waitUntil(() -> absent.getItems().size() > 3);
        for (CoordinationScreen screen : CoordinationScreen.values()) {
            robot.interact(() -> window.openCoordination(screen));
            if (screen == CoordinationScreen.BALANCE) {
                propose(robot, absent);
            }
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // the screen's data is read off the FX thread
            read(robot, screen.name().toLowerCase(Locale.ROOT).replace('_', '-'), tabs.getScene());
        }
    }

    private static void propose(FxRobot robot, ComboBox<Agent> absent) throws TimeoutException {
        ListView<Agent> colleagues = robot.lookup("#balance-colleagues").queryListView();
        robot.interact(() -> {
            absent.getSelectionModel().select(0);
            colleagues.getSelectionModel().selectRange(0, 3);
        });
        robot.clickOn("#balance-propose");
        TableView<BalanceRow> preview = robot.lookup("#balance-preview").queryTableView();
        waitUntil(() -> !preview.getItems().isEmpty());
    }

    private static Scene sceneOf(String query) {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s.getRoot().lookup(query) != null).findFirst().orElseThrow(() -> new AssertionError(
                        "no window shows " + query));
    }

    private void read(FxRobot robot, String screen, Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Node root = scene.getRoot();
            root.applyCss();
            scene.getRoot().layout();
            problems.addAll(ScreenReader.problems(screen, scene.getRoot()));
            problems.addAll(ScreenReader.dropDownCodes(screen, scene.getRoot()));
        });
    }
}
