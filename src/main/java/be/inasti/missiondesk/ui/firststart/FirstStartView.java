package be.inasti.missiondesk.ui.firststart;

import be.inasti.missiondesk.ui.common.Labels;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.WhyDisabled;
import be.inasti.missiondesk.ui.profile.ProfileForm;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Shown over the queue on an empty database: the language, who works here, the two choices, then the progress of
 * demo data with a cancel.
 */
public final class FirstStartView extends StackPane {

    public FirstStartView(FirstStartViewModel model, Messages messages) {
        setId("first-start");
        getStyleClass().add("first-start");
        visibleProperty().bind(model.offeredProperty());
        managedProperty().bind(visibleProperty());
        Label title = new Label(messages.get("firstStart.title"));
        title.getStyleClass().add("title-3");
        Label text = new Label(messages.get("firstStart.text"));
        text.setWrapText(true);
        Button demo = new Button(messages.get("firstStart.demo"));
        demo.setId("first-start-demo");
        demo.setDefaultButton(true);
        demo.setOnAction(e -> model.loadDemo());
        Button empty = new Button(messages.get("firstStart.empty"));
        empty.setId("first-start-empty");
        empty.setOnAction(e -> model.startEmpty());
        HBox choices = new HBox(8, WhyDisabled.explain(demo, model.whyNotChooseBinding()),
                WhyDisabled.explain(empty, model.whyNotChooseBinding()));
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progress().fractionProperty());
        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setId("first-start-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        VBox running = new VBox(6, new Label(messages.get("firstStart.generating")), bar, cancel);
        running.visibleProperty().bind(model.work().busyProperty());
        running.managedProperty().bind(running.visibleProperty());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.work().errorProperty());
        VBox card = new VBox(12, title, language(model, messages), text, new ProfileForm(model.profile(), messages),
                choices, running, message);
        card.getStyleClass().add("first-start-card");
        card.setMaxSize(520, USE_PREF_SIZE);
        setAlignment(Pos.CENTER);
        // In the scene only while offered: hidden but present, its fields would share the profile dialog's ids.
        model.offeredProperty().subscribe(offered -> getChildren().setAll(offered ? List.of(card) : List.of()));
    }

    /** Each language named in itself ("Nederlands"), so a user finds hers in a window that does not speak it yet. */
    private static HBox language(FirstStartViewModel model, Messages messages) {
        ComboBox<Locale> box = Labels.choice("first-start-language", Messages.LANGUAGES, model.languageProperty(),
                l -> messages.get("language." + l.getLanguage()));
        HBox row = new HBox(10, Labels.forField(messages.get("firstStart.language"), box), box);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
