package be.inasti.missiondesk.ui.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.FxTaskRunner;
import be.inasti.missiondesk.ui.common.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** On a caseworker's installation the coordination screens read, but offer no way to move work. */
@ExtendWith(ApplicationExtension.class)
class DeskSiteCoordinationTest {
    @TempDir
    Path folder;

    private FxTaskRunner tasks;

    @Start
    void start(Stage owner) {
        DeskFixture desk = DeskFixture.mine(folder);
        desk.services.sync().init("NAM-02", Office.NAMUR, Role.CASEWORKER);
        tasks = new FxTaskRunner();
        owner.setScene(new Scene(new StackPane(), 200, 100));
        owner.show();
        CoordinationWindow.open(owner, CoordinationWindow.Uses.of(desk.services), tasks,
                new Messages(Locale.FRENCH), () -> { },
                window -> (format, name) -> Optional.empty()).show(CoordinationScreen.TEAM);
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    /** Shown: the node and every parent visible (a hidden bar hides its buttons without changing theirs). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aDeskSiteReadsTheTeamAndTheBalanceButCannotReassignOrApply(FxRobot robot) throws TimeoutException {
        var team = robot.lookup("#team-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> team.getItems().size() == 3);
        robot.doubleClickOn("tester");
        var missions = robot.lookup("#team-missions").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> missions.getItems().size() == 3);

        assertThat(shown(robot.lookup("#reassign-apply").query())).isFalse();
        assertThat(shown(robot.lookup("#reassign-reason").query())).isFalse();
        robot.clickOn("Répartition d'une absence");
        assertThat(shown(robot.lookup("#balance-propose").query())).isTrue();
        assertThat(shown(robot.lookup("#balance-apply").query())).isFalse();
    }
}
