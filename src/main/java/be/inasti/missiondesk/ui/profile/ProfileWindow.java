package be.inasti.missiondesk.ui.profile;

import be.inasti.missiondesk.app.ProfileService;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.ui.common.Keys;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;

/** Opens the profile dialog over the main window; it closes once the profile is saved. */
public final class ProfileWindow {
    private ProfileWindow() {
    }

    public static Stage open(Stage owner, ProfileService profiles, TaskRunner tasks, Messages messages, String user,
            Consumer<Profile> onSaved) {
        Stage stage = new Stage();
        ProfileViewModel model = new ProfileViewModel(profiles, tasks, messages, user, saved -> {
            stage.close();
            onSaved.accept(saved);
        });
        ProfileView view = new ProfileView(model, messages, stage::close);
        view.setPadding(new Insets(18));
        Scene scene = new Scene(view);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("profile.title"));
        stage.setScene(scene);
        Keys.closeOnEscape(stage);
        model.load();
        stage.show();
        return stage;
    }
}
