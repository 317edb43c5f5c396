package be.inasti.missiondesk.ui.newmission;

import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.SubjectKind;
import be.inasti.missiondesk.ui.common.DisplayConverter;
import be.inasti.missiondesk.ui.common.Labels;
import be.inasti.missiondesk.ui.common.Messages;
import java.time.DateTimeException;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The new-mission form: each field with its label (mnemonic) and, next to it, the message of its check. */
public final class NewMissionView extends VBox {
    /** Room for a check's message beside its field, wrapped rather than cut. */
    private static final double MESSAGE_WIDTH = 300;

    private final NewMissionViewModel model;
    private final NewMissionViewModel.Form fields;
    private final Messages messages;
    private final GridPane form = new GridPane(10, 6);
    private int row;

    public NewMissionView(NewMissionViewModel model, Messages messages) {
        super(12);
        this.model = model;
        this.fields = model.form();
        this.messages = messages;
        NewMissionViewModel.Checks checks = model.checks();
        setId("new-mission");
        getStyleClass().add("new-mission");
        ComboBox<MissionType> type = choice("form-type", model.typeChoices(), t -> messages.type(t));
        type.valueProperty().bindBidirectional(fields.type());
        add("form.type", type, null);
        ComboBox<String> objective = choice("form-objective", fields.objectives(), o -> o);
        objective.valueProperty().bindBidirectional(fields.objective());
        objective.disableProperty().bind(Bindings.isEmpty(fields.objectives()));
        add("form.objective", objective, checks.objective());
        ComboBox<SubjectKind> kind = choice("form-kind", List.of(SubjectKind.values()),
                k -> messages.of("subjectKind", k));
        kind.valueProperty().bindBidirectional(fields.subjectKind());
        add("form.kind", kind, null);
        TextField identifier = text("form-identifier", fields.identifier());
        identifier.disableProperty().bind(fields.subjectKind().isEqualTo(SubjectKind.UNIDENTIFIED));
        identifier.setTooltip(new Tooltip(messages.get("form.identifier.tip")));
        add("form.identifier", identifier, checks.identifier());
        add("form.name", text("form-name", fields.name()), checks.name());
        add("form.received", datePicker(), checks.received());
        ComboBox<Source> source = choice("form-source", List.of(Source.values()), s -> messages.of("source", s));
        source.valueProperty().bindBidirectional(fields.source());
        add("form.source", source, null);
        ComboBox<Office> office = choice("form-office", List.of(Office.values()), o -> messages.of("office", o));
        office.valueProperty().bindBidirectional(fields.office());
        add("form.office", office, model.checks().office());
        add("form.assignee", text("form-assignee", fields.assignee()), checks.assignee());
        CheckBox high = new CheckBox(messages.get("form.priority"));
        high.setId("form-priority");
        high.selectedProperty().bindBidirectional(fields.highPriority());
        form.add(high, 1, row++);
        TextArea notes = new TextArea();
        notes.setId("form-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.setPrefColumnCount(24);
        notes.textProperty().bindBidirectional(fields.notes());
        add("form.notes", notes, null);
        getChildren().addAll(form, buttons());
    }

    private HBox buttons() {
        Label error = new Label();
        error.setId("form-save-error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(model.work().errorProperty());
        Button save = new Button(messages.get("form.save"));
        save.setId("form-save");
        save.setDefaultButton(true);
        save.setTooltip(new Tooltip(messages.get("form.save.tip")));
        save.disableProperty().bind(model.checks().canSave().not());
        save.setOnAction(e -> model.save());
        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setId("form-cancel");
        cancel.setCancelButton(true);
        cancel.setTooltip(new Tooltip(messages.get("common.cancel.tip")));
        cancel.setOnAction(e -> model.cancel());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.work().busyProperty());
        HBox box = new HBox(8, error, busy, save, cancel);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    /** A labelled field, and the message of its check beside it when there is one. */
    private void add(String labelKey, Control field, StringExpression error) {
        Label label = Labels.forField(messages.get(labelKey), field);
        Node message = new Label();
        if (error != null) {
            Label text = (Label) message;
            text.setId(field.getId() + "-error");
            text.getStyleClass().add("error");
            text.setWrapText(true);
            text.setPrefWidth(MESSAGE_WIDTH);
            text.textProperty().bind(error);
            text.textProperty().addListener((o, was, now) -> Platform.runLater(this::fitWindow));
            field.accessibleHelpProperty().bind(error);
        }
        form.addRow(row++, label, field, message);
    }

    /**
     * The window was sized before any message showed: it takes the height a wrapped message needs, so its second
     * line is not cut, and gives it back once the field is corrected.
     */
    private void fitWindow() {
        if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().sizeToScene();
        }
    }

    private TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPrefColumnCount(24);
        return field;
    }

    /**
     * The date is checked as it is typed, not only when the picker commits it on leaving. The value is set only
     * when the text is already in the picker's own form, so setting it never rewrites what is being typed.
     */
    private DatePicker datePicker() {
        DatePicker picker = new DatePicker();
        picker.setId("form-received");
        picker.valueProperty().bindBidirectional(fields.received());
        picker.getEditor().textProperty().addListener((o, was, typed) -> {
            if (!picker.getEditor().isFocused()) {
                return;
            }
            try {
                var date = picker.getConverter().fromString(typed);
                fields.receivedUnreadable().set(false);
                if (picker.getConverter().toString(date).equals(typed)) {
                    fields.received().set(date);
                }
            } catch (DateTimeException e) {
                fields.receivedUnreadable().set(true);
            }
        });
        return picker;
    }

    private <T> ComboBox<T> choice(String id, List<T> items, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>(items instanceof ObservableList<T> live ? live
                : FXCollections.observableArrayList(items));
        box.setId(id);
        box.setConverter(new DisplayConverter<>(text));
        return box;
    }
}
