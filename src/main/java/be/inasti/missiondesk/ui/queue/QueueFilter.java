package be.inasti.missiondesk.ui.queue;

import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The quick filters and search box of the queue, as the user sets them: an empty set means "any". What they match
 * is said by {@link QueueCriteria}.
 */
public final class QueueFilter {
    private final String user;
    private final BooleanProperty mineOnly = new SimpleBooleanProperty(true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableSet<MissionType> types = FXCollections.observableSet();
    private final ObservableSet<ClockState> states = FXCollections.observableSet();
    private final ObservableSet<String> objectives = FXCollections.observableSet();
    private final ObservableSet<Office> offices = FXCollections.observableSet();

    public QueueFilter(String user) {
        this.user = user;
    }

    /** Everything the criteria depend on, for whoever must read the queue again when one changes. */
    public Observable[] dependencies() {
        return new Observable[] {mineOnly, search, types, states, objectives, offices};
    }

    /** The criteria the queue is read with now. */
    public QueueCriteria criteria() {
        return new QueueCriteria(mineOnly.get() ? Optional.of(user) : Optional.empty(), types, states, objectives,
                offices, search.get(), false);
    }

    public BooleanProperty mineOnlyProperty() {
        return mineOnly;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableSet<MissionType> types() {
        return types;
    }

    public ObservableSet<ClockState> states() {
        return states;
    }

    public ObservableSet<String> objectives() {
        return objectives;
    }

    public ObservableSet<Office> offices() {
        return offices;
    }
}
