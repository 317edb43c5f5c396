package be.inasti.missiondesk.ui.detail;

import be.inasti.missiondesk.ui.common.Keys;
import be.inasti.missiondesk.ui.common.Labels;
import be.inasti.missiondesk.ui.common.Messages;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The transition question as a modal dialog: the date (not in the future, not before reception) and a comment. */
public final class FxTransitionPrompt implements TransitionPrompt {
    private final Window owner;
    private final Messages messages;

    public FxTransitionPrompt(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Answer> ask(Question question) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(question.title());
        dialog.setHeaderText(question.outcome() == null ? question.title()
                : question.title() + " — " + messages.format("detail.recordsOutcome", question.outcome()));
        DatePicker date = new DatePicker(question.today());
        date.setId("transition-date");
        TextArea comment = new TextArea();
        comment.setId("transition-comment");
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        Keys.tabLeaves(comment);
        Label dateLabel = Labels.forField(messages.get("transition.date"), date);
        Label commentLabel = Labels.forField(messages.get(question.needsComment() ? "transition.commentRequired"
                : "transition.comment"), comment);
        GridPane form = new GridPane(8, 8);
        form.addRow(0, dateLabel, date);
        form.addRow(1, commentLabel, comment);
        ButtonType confirm = new ButtonType(messages.get("transition.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, cancel);
        Node confirmButton = dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId("transition-confirm");
        confirmButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            LocalDate d = date.getValue();
            return d == null || d.isAfter(question.today()) || d.isBefore(question.earliest())
                    || question.needsComment() && comment.getText().isBlank();
        }, date.valueProperty(), comment.textProperty()));
        dialog.setResultConverter(b -> b == confirm ? new Answer(date.getValue(), comment.getText()) : null);
        // After the dialog has given the focus to its default button.
        dialog.setOnShown(e -> Platform.runLater(date::requestFocus));
        return dialog.showAndWait();
    }
}
