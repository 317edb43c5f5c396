package be.inasti.missiondesk.ui.sync;

import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.ui.common.ColumnFit;
import be.inasti.missiondesk.ui.common.FileDrop;
import be.inasti.missiondesk.ui.common.Labels;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.WhyDisabled;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Layout of the synchronisation screen, top to bottom: this site (or the form that makes this installation one),
 * its identity and partners, the export and import bar with the report, then the open conflicts with their two
 * decisions. Every button has a mnemonic (Alt+letter), and a greyed one says why in its tooltip. A batch or an
 * identity file dropped on the screen is taken as if chosen.
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
        getChildren().addAll(label("sync-site", model.status().site()), setUpForm(), identityBar(),
                label("sync-pending", model.status().pending()), heading("sync.partners"), partnersTable(),
                exchangeBar(), label("sync-report", model.work().messageProperty()), errorBox(),
                conflictsHeading(conflicts), conflicts, decisions());
        FileDrop.accept(this, this::drop);
    }

    /**
     * Where files dropped on the screen arrive. Public because TestFX cannot drag files from the desktop in headless
     * mode: the window's tests call it with the paths a drop would carry.
     */
    public boolean drop(List<Path> files) {
        return model.dropped(files);
    }

    /** Shown only while this installation is known not to be a site: id, office and role, then one button. */
    private VBox setUpForm() {
        SiteForm form = model.form();
        TextField id = new TextField();
        id.setId("sync-setup-id");
        id.setPrefColumnCount(18);
        id.textProperty().bindBidirectional(form.id());
        ComboBox<Office> office = Labels.choice("sync-setup-office", List.of(Office.values()), form.office(),
                o -> messages.of("office", o));
        ComboBox<Role> role = Labels.choice("sync-setup-role", List.of(Role.values()), form.role(),
                r -> messages.of("sync.role", r));
        Button setUp = button("sync-setup", "sync.setUp", e -> model.setUp());
        // Enter in the id field sets the site up, as the button would.
        id.setOnAction(e -> setUp.fire());
        // Each field beside its label, the row wrapping where a language's words are long.
        FlowPane fields = new FlowPane(16, 6, labelled("sync.setUp.id", id), labelled("sync.setUp.office", office),
                labelled("sync.setUp.role", role), WhyDisabled.explain(setUp, model.whyNot().setUp()));
        VBox box = new VBox(6, heading("sync.setUp.title"), wrapped("sync.setUp.intro"), fields);
        box.setId("sync-setup");
        box.getStyleClass().add("sync-setup");
        box.visibleProperty().bind(model.needsSetUpBinding());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private HBox labelled(String key, Control field) {
        HBox pair = new HBox(6, Labels.forField(messages.get(key), field), field);
        pair.setAlignment(Pos.BASELINE_LEFT);
        return pair;
    }

    /** This site's identity to carry to the central office, and a partner's to register here. */
    private HBox identityBar() {
        Button save = button("sync-save-identity", "sync.saveIdentity", e -> model.saveIdentity());
        Button register = button("sync-register", "sync.register", e -> model.registerChosen());
        HBox bar = new HBox(10, WhyDisabled.explain(save, model.whyNot().asSite()),
                WhyDisabled.explain(register, model.whyNot().asSite()));
        bar.getStyleClass().add("sync-bar");
        return bar;
    }

    private TableView<PartnerRow> partnersTable() {
        TableView<PartnerRow> table = new TableView<>(model.status().partners());
        table.setId("sync-partners");
        table.setPlaceholder(wrapped("sync.noPartner"));
        table.setPrefHeight(130);
        table.getColumns().addAll(List.of(column("sync.column.site", PartnerRow::site),
                column("sync.column.office", PartnerRow::office), column("sync.column.role", PartnerRow::role),
                column("sync.column.exported", PartnerRow::exportedUpTo),
                column("sync.column.acknowledged", PartnerRow::acknowledged),
                column("sync.column.applied", PartnerRow::appliedTheirs),
                column("sync.column.lastExport", PartnerRow::lastExport),
                column("sync.column.lastImport", PartnerRow::lastImport)));
        ColumnFit.fitAll(table);
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
        Button importButton = button("sync-import", "sync.import", e -> model.importChosen());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("sync-progress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.work().busyProperty());
        HBox bar = new HBox(10, destinationLabel, resend, WhyDisabled.explain(export, model.whyNot().export()),
                WhyDisabled.explain(importButton, model.whyNot().asSite()), progress);
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

    /**
     * Each conflict whole: the mission's name, the field, both values with who set them on which site, and when they
     * met. The focused table always has a row selected, so that Enter (confirm) acts on the row in view.
     */
    private TableView<ConflictRow> conflictsTable() {
        TableView<ConflictRow> table = new TableView<>(model.status().conflicts());
        table.setId("sync-conflicts");
        table.setPlaceholder(new Label(messages.get("sync.conflicts.none")));
        table.getColumns().addAll(List.of(column("sync.column.mission", ConflictRow::mission),
                column("sync.column.field", ConflictRow::field), column("sync.column.kept", ConflictRow::kept),
                column("sync.column.lost", ConflictRow::lost), column("sync.column.detected", ConflictRow::detected)));
        ColumnFit.fitAll(table);
        model.selectedConflictProperty().bind(table.getSelectionModel().selectedItemProperty());
        // Also once a decision has taken the selected row away: the next one is ready for Enter.
        Runnable selectFirst = () -> {
            if (table.isFocused() && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        };
        table.focusedProperty().subscribe(selectFirst);
        // A change listener, not an invalidation one: those run first, before the selection drops the rows gone.
        table.getItems().addListener((ListChangeListener<ConflictRow>) change -> selectFirst.run());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.confirm(model.selectedConflictProperty().get());
                e.consume();
            }
        });
        return table;
    }

    /** Its mnemonic moves to the table: from there, arrows choose a conflict and Enter or Alt+letter decides it. */
    private Label conflictsHeading(TableView<ConflictRow> conflicts) {
        Label heading = Labels.forField(messages.get("sync.conflicts"), conflicts);
        heading.getStyleClass().add("sync-heading");
        return heading;
    }

    private HBox decisions() {
        var selected = model.selectedConflictProperty();
        Button confirm = button("sync-confirm", "sync.confirm", e -> model.confirm(selected.get()));
        Button flip = button("sync-flip", "sync.flip", e -> model.flip(selected.get()));
        return new HBox(10, WhyDisabled.explain(confirm, model.whyNot().resolve()),
                WhyDisabled.explain(flip, model.whyNot().resolve()));
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

    /** A sentence that wraps rather than being cut off. */
    private Label wrapped(String key) {
        return Labels.wrapping(new Label(messages.get(key)));
    }

    private static Label label(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }
}
