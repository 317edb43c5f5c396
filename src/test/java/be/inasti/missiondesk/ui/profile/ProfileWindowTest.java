package be.inasti.missiondesk.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.FxTaskRunner;
import be.inasti.missiondesk.ui.shell.MainWindow;
import be.inasti.missiondesk.ui.shell.Preferences;
import be.inasti.missiondesk.ui.shell.Theme;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The profile dialog from the keyboard, as a Namur agent sets up her installation. */
@ExtendWith(ApplicationExtension.class)
class ProfileWindowTest {
    @TempDir
    Path folder;

    private DeskFixture desk;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.seeded(folder, 20);
        tasks = new FxTaskRunner();
        MainWindow.show(stage, desk.services, tasks, new Preferences(Locale.FRENCH, Theme.LIGHT), () -> { });
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    /** An item of the open drop-down: the same text also shows in the queue behind the dialog. */
    private static Labeled popupItem(FxRobot robot, String text) {
        return robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(text)).queryLabeled();
    }

    @Test
    void ctrlCommaOpensTheProfileAndANamurProfileIsSavedWithTheKeyboard(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#profile-login").tryQuery().isPresent());
        TextField login = robot.lookup("#profile-login").queryAs(TextField.class);
        robot.targetWindow(login.getScene().getWindow());
        robot.clickOn(login).eraseText(login.getText().length()).write("vrenard");
        robot.clickOn("#profile-office").clickOn(popupItem(robot, "Namur"));
        robot.clickOn("#profile-role").clickOn(popupItem(robot, "inspecteur"));

        robot.push(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#profile-login").tryQuery().isEmpty());
        assertThat(desk.services.profile().profile()).contains(new Profile("vrenard", Office.NAMUR, Role.INSPECTOR));
    }
}
