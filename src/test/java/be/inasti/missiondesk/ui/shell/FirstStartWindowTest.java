package be.inasti.missiondesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.FxTaskRunner;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** First start on an empty database: the offer, demo data loaded in the background, the queue filled. */
@ExtendWith(ApplicationExtension.class)
class FirstStartWindowTest {
    @TempDir
    Path folder;

    private Services services;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        services = TestServices.open(folder, DeskFixture.TODAY);
        tasks = new FxTaskRunner();
        MainWindow.show(stage, services, tasks, new Preferences(Locale.FRENCH, Theme.LIGHT), () -> { });
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void anEmptyDatabaseOffersDemoDataAndLoadsItIntoTheQueue(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#first-start").query().isVisible());

        assertThat(robot.lookup("#first-start-demo").queryButton().isDisabled()).as("who works here?").isTrue();
        robot.clickOn("#profile-office").clickOn("Namur");
        robot.clickOn("#first-start-demo");

        TableView<?> table = robot.lookup("#queue-table").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(robot.lookup("#first-start").query().isVisible()).isFalse();
        assertThat(services.missions().count()).isPositive();
        assertThat(services.profile().profile()).map(Profile::office).contains(Office.NAMUR);
    }

    @Test
    void theLanguageChosenFirstRebuildsTheCardInItAndIsRemembered(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#first-start").query().isVisible());

        robot.clickOn("#first-start-language").clickOn("Nederlands");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Welkom bij MissionDesk").tryQuery()
                .map(n -> n.isVisible()).orElse(false));
        assertThat(Preferences.load(services.settings()).language()).isEqualTo(Locale.of("nl"));
    }

    @Test
    void startingEmptyShowsTheEmptyQueue(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#first-start").query().isVisible());

        robot.clickOn("#profile-office").clickOn("Wavre");
        robot.clickOn("#first-start-empty");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#first-start").query().isVisible());
        assertThat(robot.lookup("Aucune mission à afficher").tryQuery()).isPresent();
        assertThat(services.missions().count()).isZero();
    }
}
