package be.inasti.missiondesk.ui.team;

import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.ui.common.ColumnFit;
import be.inasti.missiondesk.ui.common.Columns;
import be.inasti.missiondesk.ui.common.Labels;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.Rows;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The team table (agents, office subtotals, total) above the missions of the opened line; Enter or a
 * double-click opens a line. Below the missions, the reassignment bar, on coordinator and central sites only.
 */
public final class TeamView extends BorderPane {
    private final TeamViewModel model;
    private final Messages messages;
    private final TableView<TeamLine> team = new TableView<>();
    private final TableView<QueueItem> missions = new TableView<>();

    public TeamView(TeamViewModel model, ReassignViewModel reassign, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("coordination-screen");
        teamTable();
        missionsTable();
        Bindings.bindContent(reassign.form().selected(), missions.getSelectionModel().getSelectedItems());
        ReassignBar bar = new ReassignBar(reassign, model.team().agents(), messages,
                missions.getSelectionModel()::selectAll);
        bar.visibleProperty().bind(model.team().mayReassign());
        bar.managedProperty().bind(model.team().mayReassign());
        SplitPane split = new SplitPane(team, new BorderPane(missions, missionsHeader(), null, bar, null));
        split.setOrientation(Orientation.VERTICAL);
        setTop(header());
        setCenter(split);
    }

    private HBox header() {
        HBox header = new HBox(12, new Label(messages.get("team.hint")), Labels.busy("team-busy",
                model.work().busyProperty()), Labels.bound("team-error", model.work().errorProperty(), "error"));
        header.getStyleClass().add("coordination-header");
        return header;
    }

    private void teamTable() {
        team.setId("team-table");
        team.setItems(model.team().lines());
        team.getColumns().add(Columns.text(messages.get("team.column.agent"), model::lineText));
        team.getColumns().add(Columns.text(messages.get("column.office"), model::officeText));
        team.getColumns().add(Columns.number(messages.get("team.column.open"), TeamLine::open));
        team.getColumns().add(Columns.load(messages.get("team.column.load"), TeamLine::load, messages));
        team.getColumns().add(Columns.number(messages.get("team.column.overdue"), TeamLine::overdue));
        team.getColumns().add(Columns.number(messages.get("team.column.atRisk"), TeamLine::atRisk));
        team.getColumns().add(Columns.number(messages.get("team.column.dueIn7"), TeamLine::dueIn7));
        team.getColumns().add(Columns.number(messages.get("team.column.dueIn30"), TeamLine::dueIn30));
        TableColumn<TeamLine, String> byType = Columns.text(messages.get("team.column.byType"), model::byTypeText);
        team.getColumns().add(byType);
        ColumnFit.fitAll(team, byType);
        // Subtotal and total lines are styled by pseudo-class (CSS), never by colours set here.
        Rows.mark(team, List.of("subtotal", "total"), line -> switch (line.level()) {
            case AGENT -> null;
            case OFFICE -> "subtotal";
            case TOTAL -> "total";
        }, model::open);
    }

    private Label missionsHeader() {
        return Labels.bound("team-missions-title", model.missions().summaryProperty(), "coordination-title");
    }

    private void missionsTable() {
        missions.setId("team-missions");
        missions.setItems(model.missions().items());
        missions.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        missions.getColumns().addAll(Columns.queued(i -> i, messages));
        missions.setPlaceholder(new Label(messages.get("team.missions.empty")));
        team.setPlaceholder(new Label(messages.get("common.empty")));
        ColumnFit.fitAll(missions, Columns.subjectIn(missions));
    }

    public void focusTable() {
        team.requestFocus();
    }
}
