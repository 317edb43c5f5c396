package be.inasti.missiondesk.ui.team;

import be.inasti.missiondesk.app.Agent;
import be.inasti.missiondesk.ui.common.Labels;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.WhyDisabled;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Select all, the agent to move the selection to, the reason, and the button; then what happened. */
final class ReassignBar extends VBox {

    ReassignBar(ReassignViewModel model, ObservableList<Agent> agents, Messages messages, Runnable selectAll) {
        super(4);
        getStyleClass().add("reassign-bar");
        Button all = new Button(messages.get("reassign.selectAll"));
        all.setId("reassign-all");
        all.setOnAction(e -> selectAll.run());
        ComboBox<Agent> target = Labels.agents("reassign-target", agents, messages);
        target.setPromptText(messages.get("reassign.target"));
        target.valueProperty().bindBidirectional(model.form().target());
        TextField reason = new TextField();
        reason.setId("reassign-reason");
        reason.setPromptText(messages.get("reassign.reason"));
        reason.setPrefColumnCount(28);
        reason.textProperty().bindBidirectional(model.form().reason());
        reason.setOnAction(e -> model.reassign());
        Button move = new Button(messages.get("reassign.apply"));
        move.setId("reassign-apply");
        move.setOnAction(e -> model.reassign());
        FlowPane controls = new FlowPane(8, 8, all, new Label(messages.get("reassign.to")), target, reason,
                WhyDisabled.explain(move, model.whyNotBinding()),
                Labels.busy("reassign-busy", model.work().busyProperty()));
        getChildren().addAll(controls, new HBox(12, Labels.bound("reassign-message", model.work().messageProperty()),
                Labels.bound("reassign-error", model.work().errorProperty(), "error")));
    }
}
