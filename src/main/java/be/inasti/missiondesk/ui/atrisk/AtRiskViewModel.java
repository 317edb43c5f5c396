package be.inasti.missiondesk.ui.atrisk;

import be.inasti.missiondesk.app.AtRiskClock;
import be.inasti.missiondesk.app.TeamService;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Every open clock of the team that misses a tier within the chosen number of days, soonest first. */
public final class AtRiskViewModel {
    /** A week: the Monday review's horizon. */
    public static final int DEFAULT_DAYS = 7;

    private final TeamService team;
    private final TaskRunner tasks;
    private final Messages messages;
    private final IntegerProperty days = new SimpleIntegerProperty(DEFAULT_DAYS);
    private final ObservableList<AtRiskClock> clocks = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    public AtRiskViewModel(TeamService team, TaskRunner tasks, Messages messages) {
        this.team = team;
        this.tasks = tasks;
        this.messages = messages;
        days.addListener((o, was, now) -> refresh());
    }

    public void refresh() {
        int horizon = days.get();
        loading.set(true);
        tasks.run(() -> team.atRisk(horizon, Optional.empty()), found -> {
            clocks.setAll(found);
            summary.set(messages.format("atRisk.summary", found.size(), horizon));
            error.set("");
            loading.set(false);
        }, failure -> {
            error.set(messages.format("coordination.error", messages.explain(failure)));
            loading.set(false);
        });
    }

    /** "60 d · 90 %": the tier the clock is about to miss. */
    public String tierText(AtRiskClock clock) {
        return messages.format("atRisk.tier", clock.tierDays(), clock.normPercent());
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public ObservableList<AtRiskClock> clocks() {
        return clocks;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
