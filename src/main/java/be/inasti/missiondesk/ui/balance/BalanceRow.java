package be.inasti.missiondesk.ui.balance;

import be.inasti.missiondesk.app.QueueItem;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A proposed move: a mission of the absent agent, the colleague it goes to, and whether it is moved at all (the
 * coordinator may leave a mission with its agent, e.g. one he will finish on his return). Both are editable.
 */
public final class BalanceRow {
    private final QueueItem item;
    private final double weight;
    private final ObjectProperty<String> to;
    private final BooleanProperty included = new SimpleBooleanProperty(true);

    BalanceRow(QueueItem item, double weight, String to) {
        this.item = item;
        this.weight = weight;
        this.to = new SimpleObjectProperty<>(to);
    }

    public QueueItem item() {
        return item;
    }

    /** What the mission adds to a load, by the balancer's own rule (its type's weight, double when urgent). */
    public double weight() {
        return weight;
    }

    /** The login of the colleague who takes the mission. */
    public ObjectProperty<String> toProperty() {
        return to;
    }

    /** Whether applying moves this mission; an excluded one stays with the absent agent. */
    public BooleanProperty includedProperty() {
        return included;
    }

    boolean included() {
        return included.get();
    }
}
