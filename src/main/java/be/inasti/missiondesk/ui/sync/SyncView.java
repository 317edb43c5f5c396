package be.inasti.missiondesk.ui.sync;

import be.inasti.missiondesk.ui.common.Messages;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Layout of the synchronisation screen, top to bottom: this site, its partners, the export and import bar with the
 * report, then the open conflicts with their two decisions. Every button has a mnemonic (Alt+letter).
 */
public final class SyncView extends VBox {
    private final SyncViewModel model;
    private final Messages messages;

    public SyncView(SyncViewModel model, Messages messages) {
        super(10);
        this.model = model;
        this.messages = messages;
        setId("sync-view");
        getStyleClass().add("sync");
        setPadding(new Insets(12));
        TableView<ConflictRow> conflicts = conflictsTable();
        VBox.setVgrow(conflicts, Priority.ALWAYS);
        getChildren().addAll(label("sync-site", model.status().site()), label("sync-pending", model.status().pending()),
                heading("sync.partners"), partnersTable(), exchangeBar(),
                label("sync-report", model.work().messageProperty()), errorBox(), heading("sync.conflicts"), conflicts,
                decisions(conflicts));
    }

    private TableView<PartnerRow> partnersTable() {
        TableView<PartnerRow> table = new TableView<>(model.status().partners());
        table.setId("sync-partners");
        table.setPlaceholder(new Label(messages.get("sync.noPartner")));
        table.setPrefHeight(130);
        table.getColumns().addAll(List.of(column("sync.column.site", PartnerRow::site),
                column("sync.column.office", PartnerRow::office), column("sync.column.role", PartnerRow::role),
                column("sync.column.exported", PartnerRow::exportedUpTo),
                column("sync.column.acknowledged", PartnerRow::acknowledged),
                column("sync.column.applied", PartnerRow::appliedTheirs),
                column("sync.column.lastExport", PartnerRow::lastExport),
                column("sync.column.lastImport", PartnerRow::lastImport)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private HBox exchangeBar() {
        ComboBox<String> destination = new ComboBox<>(model.exportOptions().destinations());
        destination.setId("sync-destination");
        destination.valueProperty().bindBidirectional(model.exportOptions().destination());
        Label destinationLabel = new Label(messages.get("sync.destination"), destination);
        destinationLabel.setContentDisplay(ContentDisplay.RIGHT);
        // The choice only matters, so only shows, when there is more than one partner.
        destinationLabel.visibleProperty().bind(Bindings.size(model.exportOptions().destinations()).greaterThan(1));
        destinationLabel.managedProperty().bind(destinationLabel.visibleProperty());
        CheckBox resend = new CheckBox(messages.get("sync.resend"));
        resend.setId("sync-resend");
        resend.selectedProperty().bindBidirectional(model.exportOptions().resend());
        Button export = button("sync-export", "sync.export", e -> model.export());
        export.disableProperty().bind(model.canExportBinding().not());
        Button importButton = button("sync-import", "sync.import", e -> model.importChosen());
        importButton.disableProperty().bind(model.canImportBinding().not());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("sync-progress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.work().busyProperty());
        HBox bar = new HBox(10, destinationLabel, resend, export, importButton, progress);
        bar.getStyleClass().add("sync-bar");
        return bar;
    }

    /** A refusal, and when the refusal is about rights, the offer to apply the operations within them. */
    private VBox errorBox() {
        Label error = label("sync-error", model.work().errorProperty());
        error.getStyleClass().add("error");
        Button rest = button("sync-apply-rest", "sync.applyRest", e -> model.applyRest());
        rest.visibleProperty().bind(model.partialOfferProperty().isNotNull());
        rest.managedProperty().bind(rest.visibleProperty());
        return new VBox(6, error, rest);
    }

    private TableView<ConflictRow> conflictsTable() {
        TableView<ConflictRow> table = new TableView<>(model.status().conflicts());
        table.setId("sync-conflicts");
        table.setPlaceholder(new Label(messages.get("sync.conflicts.none")));
        table.getColumns().addAll(List.of(column("sync.column.mission", ConflictRow::mission),
                column("sync.column.field", ConflictRow::field), column("sync.column.kept", ConflictRow::kept),
                column("sync.column.lost", ConflictRow::lost)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private HBox decisions(TableView<ConflictRow> table) {
        var selected = table.getSelectionModel().selectedItemProperty();
        Button confirm = button("sync-confirm", "sync.confirm", e -> model.confirm(selected.get()));
        Button flip = button("sync-flip", "sync.flip", e -> model.flip(selected.get()));
        confirm.disableProperty().bind(selected.isNull().or(model.work().busyProperty()));
        flip.disableProperty().bind(confirm.disableProperty());
        return new HBox(10, confirm, flip);
    }

    private <T> TableColumn<T, Object> column(String key, Function<T, Object> value) {
        TableColumn<T, Object> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private Button button(String id, String key, EventHandler<ActionEvent> action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(action);
        return button;
    }

    private Label heading(String key) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add("sync-heading");
        return heading;
    }

    private static Label label(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }
}
