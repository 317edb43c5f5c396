package be.inasti.missiondesk.ui.balance;

import be.inasti.missiondesk.app.Agent;
import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.ui.common.ColumnFit;
import be.inasti.missiondesk.ui.common.Columns;
import be.inasti.missiondesk.ui.common.DisplayConverter;
import be.inasti.missiondesk.ui.common.Labels;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.WhyDisabled;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Above, a compact bar of parameters and results: the absent agent and Propose, the colleagues (several, with Ctrl
 * or Shift), the loads and the fairness figures. Below it the proposal takes the window's whole width, one move a
 * row, every column whole: whether it moves, type, subject, due date, state (overdue and at-risk work is the urgent
 * work the balancer spreads first) and who takes it, a drop-down naming each colleague with his office (the
 * missions all come from the absent agent's office). Last, the reason and Apply, shown on coordinator and central
 * sites only.
 */
public final class BalanceView extends BorderPane {
    /** Four or five agents and loads at a glance: the bar leaves the proposal ten rows at 800 px high. */
    private static final double BAR_LIST_HEIGHT = 130;
    private static final double COLLEAGUES_WIDTH = 300;
    private static final double LOADS_WIDTH = 340;

    private final BalanceViewModel model;
    private final Messages messages;

    public BalanceView(BalanceViewModel model, ObservableBooleanValue mayApply, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("coordination-screen");
        setTop(parameters());
        setCenter(preview());
        setBottom(applyBar(mayApply));
    }

    private HBox parameters() {
        ComboBox<Agent> absent = Labels.agents("balance-absent", model.form().agents(), messages);
        absent.valueProperty().bindBidirectional(model.form().absent());
        absent.setMaxWidth(Double.MAX_VALUE);
        ListView<Agent> colleagues = new ListView<>(model.form().candidates());
        colleagues.setId("balance-colleagues");
        colleagues.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Agent agent, boolean empty) {
                super.updateItem(agent, empty);
                setText(empty || agent == null ? null : messages.agent(agent));
            }
        });
        colleagues.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Bindings.bindContent(model.form().colleagues(), colleagues.getSelectionModel().getSelectedItems());
        colleagues.setPrefSize(COLLEAGUES_WIDTH, BAR_LIST_HEIGHT);
        Button propose = new Button(messages.get("balance.propose"));
        propose.setId("balance-propose");
        propose.setOnAction(e -> model.propose());
        propose.setMaxWidth(Double.MAX_VALUE);
        Label colleaguesLabel = Labels.wrapping(Labels.forField(messages.get("balance.colleagues"), colleagues));
        colleaguesLabel.setMaxWidth(COLLEAGUES_WIDTH);
        HBox bar = new HBox(16, new VBox(6, Labels.forField(messages.get("balance.absent"), absent), absent,
                WhyDisabled.explain(propose, model.whyNotProposeBinding())), new VBox(6, colleaguesLabel, colleagues),
                loads());
        bar.getStyleClass().add("balance-choices");
        return bar;
    }

    private TableView<BalanceRow> preview() {
        TableView<BalanceRow> table = new TableView<>(model.preview().rows());
        table.setId("balance-preview");
        table.setEditable(true);
        table.setPlaceholder(Labels.wrapping(new Label(messages.get("balance.empty"))));
        Function<BalanceRow, Mission> mission = r -> r.item().mission();
        Function<BalanceRow, QueueItem> item = BalanceRow::item;
        TableColumn<BalanceRow, String> subject = ColumnFit.toTitle(Columns.elided(Columns.subject(mission,
                messages)));
        table.getColumns().add(moves());
        table.getColumns().add(ColumnFit.toContent(Columns.type(mission, messages)));
        table.getColumns().add(subject);
        table.getColumns().add(ColumnFit.toContent(Columns.due(item, messages)));
        table.getColumns().add(ColumnFit.toContent(Columns.state(item, messages)));
        table.getColumns().add(takenBy());
        ColumnFit.restTo(table, subject);
        // The choices change with each proposal: cells made for the previous one would offer its colleagues.
        model.preview().rows().addListener((ListChangeListener<BalanceRow>) c -> table.refresh());
        return table;
    }

    /** Ticked: the mission moves; unticked, it stays with the absent agent and counts for no one. */
    private TableColumn<BalanceRow, Boolean> moves() {
        TableColumn<BalanceRow, Boolean> moves = new TableColumn<>(messages.get("balance.column.moves"));
        moves.setId("balance-moves");
        moves.setCellValueFactory(f -> f.getValue().includedProperty());
        moves.setCellFactory(CheckBoxTableCell.forTableColumn(moves));
        moves.setEditable(true);
        return ColumnFit.toTitle(moves);
    }

    /** Who takes the mission: a drop-down of the proposal's colleagues, each with his office. */
    private TableColumn<BalanceRow, String> takenBy() {
        TableColumn<BalanceRow, String> to = new TableColumn<>(messages.get("balance.column.to"));
        to.setId("balance-to");
        to.setCellValueFactory(f -> f.getValue().toProperty());
        to.setCellFactory(c -> new ComboBoxTableCell<>(new DisplayConverter<>(model::colleagueText),
                FXCollections.observableArrayList(model.choices())));
        return ColumnFit.toContent(to);
    }

    private VBox loads() {
        TableView<Load> table = new TableView<>(model.preview().loads());
        table.setId("balance-loads");
        table.setPlaceholder(new Label(messages.get("common.empty")));
        TableColumn<Load, String> colleague = ColumnFit.toTitle(Columns.elided(messages.get(
                "balance.column.colleague"), Load::login));
        table.getColumns().add(colleague);
        table.getColumns().add(ColumnFit.toContent(Columns.load(messages.get("balance.column.before"),
                Load::before, messages)));
        table.getColumns().add(ColumnFit.toContent(Columns.load(messages.get("balance.column.after"),
                Load::after, messages)));
        ColumnFit.restTo(table, colleague);
        table.setPrefSize(LOADS_WIDTH, BAR_LIST_HEIGHT);
        return new VBox(6, new Label(messages.get("balance.loads")), table,
                Labels.bound("balance-fairness", model.preview().fairness(), "coordination-title"));
    }

    private VBox applyBar(ObservableBooleanValue mayApply) {
        TextField reason = new TextField();
        reason.setId("balance-reason");
        reason.setPromptText(messages.get("reassign.reason"));
        reason.setPrefColumnCount(32);
        reason.textProperty().bindBidirectional(model.form().reason());
        Button apply = new Button(messages.get("balance.apply"));
        apply.setId("balance-apply");
        apply.setOnAction(e -> model.apply());
        FlowPane write = new FlowPane(8, 8, reason, WhyDisabled.explain(apply, model.whyNotApplyBinding()));
        write.visibleProperty().bind(mayApply);
        write.managedProperty().bind(mayApply);
        Label message = Labels.wrapping(Labels.bound("balance-message", model.work().messageProperty()));
        Label error = Labels.wrapping(Labels.bound("balance-error", model.work().errorProperty(), "error"));
        HBox.setHgrow(message, Priority.ALWAYS);
        VBox bar = new VBox(4, write, new HBox(12, Labels.busy("balance-busy", model.work().busyProperty()),
                message, error));
        bar.getStyleClass().add("reassign-bar");
        return bar;
    }
}
