package be.inasti.missiondesk.ui.sync;

import be.inasti.missiondesk.ui.common.FilePicker;
import be.inasti.missiondesk.ui.common.Keys;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The synchronisation screen in its own window beside the main one (not modal: the queue stays usable while a
 * batch is read). F5 reads it again, Esc closes it. Files dropped on it are taken as the screen says (see
 * {@link SyncView#drop}).
 */
public final class SyncWindow {
    private final Stage stage;
    private final SyncViewModel model;

    private SyncWindow(Stage stage, SyncViewModel model) {
        this.stage = stage;
        this.model = model;
    }

    public static SyncWindow open(Window owner, SyncViewModel.Uses uses, TaskRunner tasks, Messages messages,
            FilePicker files, Runnable onSynced) {
        SyncViewModel model = new SyncViewModel(uses, tasks, messages, new SyncTexts(messages, uses.clock().getZone()),
                files, onSynced);
        Scene scene = new Scene(new SyncView(model, messages), 980, 680);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("sync.title"));
        stage.setScene(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), model::refresh);
        Keys.closeOnEscape(stage);
        stage.show();
        model.refresh();
        return new SyncWindow(stage, model);
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void toFront() {
        stage.toFront();
    }

    public void importFile(Path file) {
        model.importFile(file);
    }

    public void registerFile(Path identity) {
        model.registerFile(identity);
    }

    public void importChosen() {
        model.importChosen();
    }

    public void close() {
        stage.close();
    }
}
