package be.inasti.missiondesk.ui.common;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What a screen lists and the line that sums it up ("Missions ouvertes : absent (12)"), which its view model always
 * changes together. The view binds a table to the items (and may sort them) and a label to the summary.
 *
 * @param <T> one row of the list
 */
public final class Listing<T> {
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    /** Shows {@code shown} in place of what was listed, summed up by {@code sum}. */
    public void show(List<? extends T> shown, String sum) {
        items.setAll(shown);
        summary.set(sum);
    }

    public ObservableList<T> items() {
        return items;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
