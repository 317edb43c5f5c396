package be.inasti.missiondesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.ui.common.FxTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {
    @TempDir
    static Path folder;

    @Start
    void start(Stage stage) {
        Services services = TestServices.open(folder, LocalDate.of(2026, 11, 23));
        services.demo().generate(50, 3, Progress.NONE);
        MainWindow.show(stage, services, new FxTaskRunner(), new Preferences(Locale.FRENCH, Theme.LIGHT), () -> { });
    }

    @Test
    void opensOnTheQueueWithItsCountsInFrench(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#queue-table").queryTableView();
        Label summary = robot.lookup("#queue-summary").queryAs(Label.class);
        // Rows and counts arrive from the worker thread; on a loaded machine that can take a while.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && !summary.getText().isEmpty());
        assertThat(summary.getText()).matches("\\d+ en retard · \\d+ à risque · \\d+ dans les délais");
        Label database = robot.lookup("#status-database").queryAs(Label.class);
        assertThat(database.getText()).isEqualTo("missiondesk.db");
        assertThat(database.getTooltip().getText()).startsWith("Base de données : /").endsWith("missiondesk.db")
                .isEqualTo(database.getAccessibleText());
    }
}
