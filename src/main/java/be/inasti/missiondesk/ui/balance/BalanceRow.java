package be.inasti.missiondesk.ui.balance;

import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.domain.balance.Workload;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A mission of the absent agent and the colleague it goes to (editable in the preview). */
public final class BalanceRow {
    private final QueueItem item;
    private final ObjectProperty<String> to;

    BalanceRow(QueueItem item, String to) {
        this.item = item;
        this.to = new SimpleObjectProperty<>(to);
    }

    public QueueItem item() {
        return item;
    }

    /** What the mission adds to a load, by the balancer's own rule (a workload of this one mission). */
    public int weight() {
        return new Workload(to.get(), 1, item.urgent() ? 1 : 0).weight();
    }

    /** The login of the colleague who takes the mission. */
    public ObjectProperty<String> toProperty() {
        return to;
    }
}
