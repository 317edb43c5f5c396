package be.inasti.missiondesk.ui.flows;

import be.inasti.missiondesk.app.ProfileService;
import be.inasti.missiondesk.app.flows.FlowImportService;
import be.inasti.missiondesk.ui.common.Keys;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The one entry point of the import screen, for the main window's menu and its drop handler: opens the screen
 * beside {@code owner}, on a file already chosen or dropped if there is one.
 */
public final class FlowImportWindow {
    private FlowImportWindow() {
    }

    /** Opens the screen; {@code onImported} runs after each import applied (the main window reads its counts again). */
    public static Stage open(Window owner, FlowImportService flows, ProfileService profiles, String user,
            TaskRunner tasks, Messages messages, Optional<Path> file, Runnable onImported) {
        FlowImportViewModel model = new FlowImportViewModel(flows, profiles, tasks, messages, user, onImported);
        Scene scene = new Scene(new FlowImportView(model, messages), 900, 600);
        scene.getStylesheets().add(Objects.requireNonNull(FlowImportWindow.class.getResource("flows.css"))
                .toExternalForm());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("flows.title"));
        stage.setScene(scene);
        Keys.closeOnEscape(stage);
        stage.show();
        file.ifPresent(model::open);
        return stage;
    }
}
