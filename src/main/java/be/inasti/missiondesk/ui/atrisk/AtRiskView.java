package be.inasti.missiondesk.ui.atrisk;

import be.inasti.missiondesk.app.AtRiskClock;
import be.inasti.missiondesk.ui.common.ColumnFit;
import be.inasti.missiondesk.ui.common.Columns;
import be.inasti.missiondesk.ui.common.CountdownCell;
import be.inasti.missiondesk.ui.common.Labels;
import be.inasti.missiondesk.ui.common.Messages;
import java.util.Comparator;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The horizon in days (a spinner: arrows or typing) above the list of clocks about to miss, soonest first. */
public final class AtRiskView extends BorderPane {

    public AtRiskView(AtRiskViewModel model, Messages messages) {
        getStyleClass().add("coordination-screen");
        Spinner<Integer> days = new Spinner<>(0, 365, model.daysProperty().get());
        days.setId("atrisk-days");
        days.setEditable(true);
        // A field emptied while typing has no value yet: the horizon stays what it was until a number is given.
        days.getValueFactory().valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.daysProperty().set(now);
            }
        });
        Label label = new Label(messages.get("atRisk.days"));
        label.setLabelFor(days);
        HBox header = new HBox(12, label, days, Labels.busy("atrisk-busy", model.work().busyProperty()),
                Labels.bound("atrisk-summary", model.clocks().summaryProperty(), "coordination-title"),
                Labels.bound("atrisk-error", model.work().errorProperty(), "error"));
        header.getStyleClass().add("coordination-header");
        setTop(header);
        TableView<AtRiskClock> table = new TableView<>(model.clocks().items());
        table.setId("atrisk-table");
        table.setPlaceholder(new Label(messages.get("atRisk.empty")));
        table.getColumns().add(Columns.date(messages.get("column.due"), AtRiskClock::dueOn, messages));
        table.getColumns().add(Columns.number(messages.get("atRisk.column.daysLeft"), AtRiskClock::daysLeft));
        table.getColumns().add(Columns.text(messages.get("column.objective"), AtRiskClock::objective));
        table.getColumns().add(Columns.text(messages.get("atRisk.column.tier"), model::tierText));
        TableColumn<AtRiskClock, AtRiskClock> state = CountdownCell.column(messages.get("coordination.column.state"),
                c -> Optional.of(model.stateReading(c)));
        state.setComparator(Comparator.comparing(c -> c.status().countdown().state()));
        table.getColumns().add(state);
        table.getColumns().addAll(Columns.mission(AtRiskClock::mission, messages));
        ColumnFit.fitAll(table, Columns.subjectIn(table));
        setCenter(table);
    }
}
