package be.inasti.missiondesk.ui.profile;

import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.ui.common.Labels;
import be.inasti.missiondesk.ui.common.Messages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The profile dialog: what it is for, the login, office and role, and Save (Enter) or Cancel (Esc). */
public final class ProfileView extends VBox {
    private final Messages messages;
    private final GridPane form = new GridPane(10, 8);

    public ProfileView(ProfileViewModel model, Messages messages, Runnable cancel) {
        super(14);
        this.messages = messages;
        setId("profile");
        getStyleClass().add("profile");
        Label intro = new Label(messages.get("profile.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(460);
        ProfileViewModel.Fields fields = model.fields();
        TextField login = new TextField();
        login.setId("profile-login");
        login.textProperty().bindBidirectional(fields.login());
        add(0, "profile.login", login);
        add(1, "profile.office", Labels.choice("profile-office", List.of(Office.values()), fields.office(),
                o -> messages.of("office", o)));
        add(2, "profile.role", Labels.choice("profile-role", ProfileViewModel.ROLES, fields.role(),
                r -> messages.of("sync.role", r)));
        Label error = new Label();
        error.setId("profile-error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(model.work().errorProperty());
        getChildren().addAll(intro, form, error, buttons(model, cancel));
    }

    private HBox buttons(ProfileViewModel model, Runnable cancel) {
        Button save = new Button(messages.get("profile.save"));
        save.setId("profile-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canSaveBinding().not());
        save.setOnAction(e -> model.save());
        Button close = new Button(messages.get("common.cancel"));
        close.setId("profile-cancel");
        close.setCancelButton(true);
        close.setOnAction(e -> cancel.run());
        HBox box = new HBox(8, save, close);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private void add(int row, String labelKey, Control field) {
        field.setPrefWidth(260);
        form.addRow(row, Labels.forField(messages.get(labelKey), field), field);
    }

}
