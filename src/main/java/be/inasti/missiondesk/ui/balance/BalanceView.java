package be.inasti.missiondesk.ui.balance;

import be.inasti.missiondesk.app.Agent;
import be.inasti.missiondesk.ui.common.Columns;
import be.inasti.missiondesk.ui.common.Labels;
import be.inasti.missiondesk.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Left: the absent agent and the colleagues (several, with Ctrl or Shift); centre: the editable preview (the
 * "to" cell is a drop-down); right: the loads and the fairness figures; below: the reason and Apply, shown on
 * coordinator and central sites only.
 */
public final class BalanceView extends BorderPane {
    private final BalanceViewModel model;
    private final Messages messages;

    public BalanceView(BalanceViewModel model, ObservableBooleanValue mayApply, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("coordination-screen");
        setLeft(choices());
        setCenter(preview());
        setRight(loads());
        setBottom(applyBar(mayApply));
    }

    private VBox choices() {
        ComboBox<Agent> absent = Labels.agents("balance-absent", model.form().agents());
        absent.valueProperty().bindBidirectional(model.form().absent());
        ListView<Agent> colleagues = new ListView<>(model.form().candidates());
        colleagues.setId("balance-colleagues");
        colleagues.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Bindings.bindContent(model.form().colleagues(), colleagues.getSelectionModel().getSelectedItems());
        VBox.setVgrow(colleagues, Priority.ALWAYS);
        Button propose = new Button(messages.get("balance.propose"));
        propose.setId("balance-propose");
        propose.disableProperty().bind(model.mayProposeProperty().not());
        propose.setOnAction(e -> model.propose());
        Label absentLabel = new Label(messages.get("balance.absent"));
        absentLabel.setLabelFor(absent);
        Label colleaguesLabel = new Label(messages.get("balance.colleagues"));
        colleaguesLabel.setLabelFor(colleagues);
        VBox box = new VBox(6, absentLabel, absent, colleaguesLabel, colleagues, propose);
        box.getStyleClass().add("balance-choices");
        return box;
    }

    private TableView<BalanceRow> preview() {
        TableView<BalanceRow> table = new TableView<>(model.preview().rows());
        table.setId("balance-preview");
        table.setEditable(true);
        table.setPlaceholder(new Label(messages.get("balance.empty")));
        table.getColumns().add(Columns.text(messages.get("balance.column.urgent"),
                r -> r.item().urgent() ? messages.get("balance.urgent") : ""));
        table.getColumns().addAll(Columns.queued(BalanceRow::item, messages));
        TableColumn<BalanceRow, String> to = new TableColumn<>(messages.get("balance.column.to"));
        to.setId("balance-to");
        to.setCellValueFactory(f -> f.getValue().toProperty());
        to.setCellFactory(c -> new ComboBoxTableCell<>(FXCollections.observableArrayList(model.choices())));
        table.getColumns().add(to);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The choices change with each proposal: cells made for the previous one would offer its colleagues.
        model.preview().rows().addListener((ListChangeListener<BalanceRow>) c -> table.refresh());
        return table;
    }

    private VBox loads() {
        TableView<Load> table = new TableView<>(model.preview().loads());
        table.setId("balance-loads");
        table.getColumns().add(Columns.text(messages.get("balance.column.colleague"), Load::login));
        table.getColumns().add(Columns.number(messages.get("balance.column.before"), Load::before));
        table.getColumns().add(Columns.number(messages.get("balance.column.after"), Load::after));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefWidth(300);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, new Label(messages.get("balance.loads")), table,
                Labels.bound("balance-fairness", model.preview().fairness(), "coordination-title"));
        box.getStyleClass().add("balance-loads");
        return box;
    }

    private VBox applyBar(ObservableBooleanValue mayApply) {
        TextField reason = new TextField();
        reason.setId("balance-reason");
        reason.setPromptText(messages.get("reassign.reason"));
        reason.setPrefColumnCount(32);
        reason.textProperty().bindBidirectional(model.form().reason());
        Button apply = new Button(messages.get("balance.apply"));
        apply.setId("balance-apply");
        apply.disableProperty().bind(model.mayApplyProperty().not());
        apply.setOnAction(e -> model.apply());
        FlowPane write = new FlowPane(8, 8, reason, apply);
        write.visibleProperty().bind(mayApply);
        write.managedProperty().bind(mayApply);
        VBox bar = new VBox(4, write, new HBox(12, Labels.busy("balance-busy", model.work().busyProperty()),
                Labels.bound("balance-message", model.work().messageProperty()),
                Labels.bound("balance-error", model.work().errorProperty(), "error")));
        bar.getStyleClass().add("reassign-bar");
        return bar;
    }
}
