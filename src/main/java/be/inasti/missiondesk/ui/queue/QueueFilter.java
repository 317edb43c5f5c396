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
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The quick filters and search box of the queue, as the user sets them: an empty set means "any". What they match
 * is said by {@link QueueCriteria}.
 *
 * @param user whose missions "mine only" keeps
 * @param objectiveChoices the objectives that may be ticked: those of the missions the last read found
 */
public record QueueFilter(String user, BooleanProperty mineOnly, StringProperty search,
        ObservableSet<MissionType> types, ObservableSet<ClockState> states, ObservableSet<String> objectives,
        ObservableSet<Office> offices, ObservableList<String> objectiveChoices) {

    /** Mine only, nothing typed, nothing ticked. */
    public QueueFilter(String user) {
        this(user, new SimpleBooleanProperty(true), new SimpleStringProperty(""), FXCollections.observableSet(),
                FXCollections.observableSet(), FXCollections.observableSet(), FXCollections.observableSet(),
                FXCollections.observableArrayList());
    }

    /** Takes what the user chose in another filter: the window built again in another language keeps it. */
    public void copyFrom(QueueFilter other) {
        mineOnly.set(other.mineOnly.get());
        search.set(other.search.get());
        types.addAll(other.types);
        states.addAll(other.states);
        objectives.addAll(other.objectives);
        offices.addAll(other.offices);
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
}
