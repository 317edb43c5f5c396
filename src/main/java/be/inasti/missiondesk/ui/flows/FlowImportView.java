package be.inasti.missiondesk.ui.flows;

import be.inasti.missiondesk.domain.flow.FlowKind;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.ui.common.ColumnFit;
import be.inasti.missiondesk.ui.common.Columns;
import be.inasti.missiondesk.ui.common.FileDrop;
import be.inasti.missiondesk.ui.common.Labels;
import be.inasti.missiondesk.ui.common.Messages;
import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Layout of the import screen: the file and options, the preview table, and the apply bar with its progress. */
public final class FlowImportView extends BorderPane {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final FlowImportViewModel model;
    private final Messages messages;

    public FlowImportView(FlowImportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("flow-import");
        setPadding(new Insets(12));
        setTop(form());
        setCenter(table());
        setBottom(applyBar());
        // A CSV dropped anywhere on the screen is opened and previewed.
        FileDrop.accept(this, files -> {
            model.open(files.getFirst());
            return true;
        });
    }

    private VBox form() {
        Label file = new Label();
        file.setId("flows-file");
        file.textProperty().bind(model.form().file().map(p -> p.getFileName().toString())
                .orElse(messages.get("flows.drop")));
        Button choose = new Button(messages.get("flows.choose"));
        choose.setOnAction(e -> chooseFile());
        ComboBox<FlowKind> kind = combo(FlowKind.values(), model::kindText);
        kind.setId("flows-kind");
        kind.valueProperty().bindBidirectional(model.form().kind());
        ComboBox<Office> office = combo(Office.values(), model::officeText);
        office.valueProperty().bindBidirectional(model.form().office());
        TextField assignee = new TextField();
        assignee.textProperty().bindBidirectional(model.form().assignee());
        DatePicker received = new DatePicker();
        received.valueProperty().bindBidirectional(model.form().received());
        CheckBox strict = new CheckBox(messages.get("flows.strict"));
        strict.selectedProperty().bindBidirectional(model.form().strict());
        Button preview = new Button(messages.get("flows.preview"));
        preview.setId("flows-preview");
        preview.setOnAction(e -> model.preview());
        preview.disableProperty().bind(model.work().busyProperty().or(model.form().file().isNull()));
        file.setMinWidth(0);
        HBox fileRow = new HBox(8, Labels.forField(messages.get("flows.file"), choose), file, choose);
        fileRow.setAlignment(Pos.BASELINE_LEFT);
        // Options flow onto another line rather than squeezing their labels when the window is narrow.
        FlowPane options = new FlowPane(16, 6, pair("flows.kind", kind), pair("flows.received", received),
                pair("flows.office", office), pair("flows.assignee", assignee));
        strict.setMinWidth(Region.USE_PREF_SIZE);
        preview.setMinWidth(Region.USE_PREF_SIZE);
        choose.setMinWidth(Region.USE_PREF_SIZE);
        VBox form = new VBox(6, fileRow, options, new HBox(12, strict, preview));
        form.setPadding(new Insets(0, 0, 10, 0));
        return form;
    }

    private HBox pair(String key, Control field) {
        HBox pair = new HBox(8, Labels.forField(messages.get(key), field), field);
        pair.setAlignment(Pos.BASELINE_LEFT);
        return pair;
    }

    private static <T> ComboBox<T> combo(T[] values, Function<T, String> text) {
        ComboBox<T> combo = new ComboBox<>();
        combo.getItems().setAll(values);
        Function<T, String> safe = v -> v == null ? "" : text.apply(v);
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : safe.apply(item));
            }
        });
        combo.setButtonCell(combo.getCellFactory().call(null));
        return combo;
    }

    private TableView<PreviewRow> table() {
        TableView<PreviewRow> table = new TableView<>(model.previewed().items());
        table.setId("flows-table");
        table.setPlaceholder(new Label(messages.get("flows.drop")));
        TableColumn<PreviewRow, Integer> line = new TableColumn<>(messages.get("flows.column.line"));
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        // The line, its verdict and whom it is about keep their width; the reason takes the rest and wraps.
        table.getColumns().add(ColumnFit.toContent(line));
        table.getColumns().add(ColumnFit.toContent(Columns.text(messages.get("flows.column.status"),
                PreviewRow::status)));
        table.getColumns().add(ColumnFit.toContent(Columns.text(messages.get("flows.column.subject"),
                PreviewRow::who)));
        TableColumn<PreviewRow, String> detail = Columns.wrapped(messages.get("flows.column.detail"),
                PreviewRow::detail);
        table.getColumns().add(detail);
        ColumnFit.restTo(table, detail);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(PROBLEM, !empty && item != null && item.problem());
            }
        });
        return table;
    }

    private VBox applyBar() {
        Label summary = new Label();
        summary.setId("flows-summary");
        summary.textProperty().bind(model.previewed().summaryProperty());
        Label report = new Label();
        report.setId("flows-report");
        report.textProperty().bind(model.work().messageProperty());
        Label error = new Label();
        error.getStyleClass().add("error");
        error.textProperty().bind(model.work().errorProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progress().fractionProperty());
        progress.visibleProperty().bind(model.work().busyProperty());
        Button apply = new Button(messages.get("flows.apply"));
        apply.setId("flows-apply");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(model.canApplyBinding().not());
        apply.setOnAction(e -> model.apply());
        Button cancel = new Button(messages.get("flows.cancel"));
        cancel.disableProperty().bind(model.work().busyProperty().not());
        cancel.setOnAction(e -> model.cancel());
        VBox bar = new VBox(6, summary, new HBox(8, apply, cancel, progress), report, error);
        bar.setPadding(new Insets(10, 0, 0, 0));
        return bar;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            model.open(chosen.toPath());
        }
    }
}
