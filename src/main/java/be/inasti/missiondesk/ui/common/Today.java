package be.inasti.missiondesk.ui.common;

import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Today's date read from the injected clock, as a property that changes when the date rolls over: the window's
 * one timeline calls {@link #tick()}, and countdowns follow without a restart.
 */
public final class Today {
    private final Clock clock;
    private final ReadOnlyObjectWrapper<LocalDate> date;

    public Today(Clock clock) {
        this.clock = clock;
        this.date = new ReadOnlyObjectWrapper<>(LocalDate.now(clock));
    }

    public void tick() {
        LocalDate now = LocalDate.now(clock);
        if (!now.equals(date.get())) {
            date.set(now);
        }
    }

    public LocalDate get() {
        return date.get();
    }

    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }
}
