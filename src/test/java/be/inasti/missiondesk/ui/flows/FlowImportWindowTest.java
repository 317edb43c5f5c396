package be.inasti.missiondesk.ui.flows;

import static be.inasti.missiondesk.flows.Fixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.ui.common.FxTaskRunner;
import be.inasti.missiondesk.ui.common.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FlowImportWindowTest {
    @TempDir
    static Path folder;

    Services services;

    @Start
    void start(Stage owner) {
        services = TestServices.open(folder, LocalDate.of(2026, 11, 23));
        services.profile().save(new Profile("vrenard", Office.NAMUR, Role.CASEWORKER));
        owner.setScene(new Scene(new StackPane(), 200, 100));
        owner.show();
        FlowImportWindow.open(owner, services.flows(), services.profile(), services.actor().user(), new FxTaskRunner(),
                new Messages(Locale.FRENCH),
                Optional.of(flow("requests-2026-11.csv")), () -> { });
    }

    @Test
    void opensOnADroppedFileShowsItsPreviewAndAppliesIt(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#flows-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 7);
        assertThat(robot.lookup("#flows-summary").queryAs(Label.class).getText())
                .startsWith("requests-2026-11.csv : 4 à créer");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".table-cell").queryAllAs(TableCell.class)
                .stream().anyMatch(c -> "après aujourd'hui (2026-11-23)".equals(c.getText())));
        assertThat(robot.lookup(".table-cell").queryAllAs(TableCell.class)).extracting(Labeled::getText)
                .as("the bad lines' reasons, in the window's language").contains("après aujourd'hui (2026-11-23)")
                .anySatisfy(reason -> assertThat(reason).startsWith("valeur inconnue ; valeurs possibles : "));
        Button apply = robot.lookup("#flows-apply").queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !apply.isDisabled());

        robot.clickOn(apply);

        Label report = robot.lookup("#flows-report").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !report.getText().isEmpty());
        assertThat(report.getText()).isEqualTo("Import terminé : 4 créé(s), 0 pas pour la CNH, 3 ligne(s) erronée(s).");
        assertThat(services.missions().count()).isEqualTo(4);
    }
}
