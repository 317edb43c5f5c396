package be.inasti.missiondesk.ui.profile;

import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.WhyDisabled;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The profile dialog: what it is for, the login, office and role, and Save (Enter) or Cancel (Esc). */
public final class ProfileView extends VBox {

    public ProfileView(ProfileViewModel model, Messages messages, Runnable cancel) {
        super(14);
        setId("profile");
        getStyleClass().add("profile");
        Label intro = new Label(messages.get("profile.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(460);
        getChildren().addAll(intro, new ProfileForm(model, messages), buttons(model, messages, cancel));
    }

    private static HBox buttons(ProfileViewModel model, Messages messages, Runnable cancel) {
        Button save = new Button(messages.get("profile.save"));
        save.setId("profile-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Button close = new Button(messages.get("common.cancel"));
        close.setId("profile-cancel");
        close.setCancelButton(true);
        close.setOnAction(e -> cancel.run());
        HBox box = new HBox(8, WhyDisabled.explain(save, model.whyNotSaveBinding()), close);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }
}
