package be.inasti.missiondesk.ui.profile;

import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.ui.common.Labels;
import be.inasti.missiondesk.ui.common.Messages;
import java.util.List;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Who works here: login, office and role, and why the profile was not saved. The profile dialog shows it, and the
 * first start's card, where a new installation is asked once.
 */
public final class ProfileForm extends VBox {
    private final Messages messages;
    private final GridPane form = new GridPane(10, 8);

    public ProfileForm(ProfileViewModel model, Messages messages) {
        super(8);
        this.messages = messages;
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
        getChildren().addAll(form, error);
    }

    private void add(int row, String labelKey, Control field) {
        field.setPrefWidth(260);
        form.addRow(row, Labels.forField(messages.get(labelKey), field), field);
    }
}
