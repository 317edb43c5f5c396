package be.inasti.missiondesk.ui.queue;

import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.identity.Digits;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.clock.ClockState;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The quick filters and search box of the queue: an empty set means "any". The search matches the subject's
 * name, its NISS or BCE digits (typed with or without dots), and the first characters of the mission id.
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

    /** Everything the predicate depends on, for whoever must re-filter when one changes. */
    public Observable[] dependencies() {
        return new Observable[] {mineOnly, search, types, states, objectives, offices};
    }

    public Predicate<QueueItem> predicate() {
        String query = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        String digits = Digits.strip(query);
        Set<MissionType> t = Set.copyOf(types);
        Set<ClockState> s = Set.copyOf(states);
        Set<String> o = Set.copyOf(objectives);
        Set<Office> f = Set.copyOf(offices);
        boolean mine = mineOnly.get();
        return item -> (!mine || user.equals(item.mission().assignee()))
                && any(t, item.mission().type()) && any(s, item.urgency()) && any(f, item.mission().office())
                && (o.isEmpty() || item.mission().openClocks().stream().map(DeadlineClock::objectiveCode)
                        .anyMatch(o::contains))
                && (query.isEmpty() || matches(item, query, digits));
    }

    private static <T> boolean any(Collection<T> chosen, T value) {
        return chosen.isEmpty() || chosen.contains(value);
    }

    private static boolean matches(QueueItem item, String query, String digits) {
        var subject = item.mission().subject();
        boolean name = subject.name() != null && subject.name().toLowerCase(Locale.ROOT).contains(query);
        boolean identifier = digits.chars().allMatch(Character::isDigit) && !digits.isEmpty()
                && subject.identifier() != null && subject.identifier().contains(digits);
        return name || identifier || item.mission().id().toString().startsWith(query);
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
