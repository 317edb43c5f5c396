package be.inasti.missiondesk.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a screen tells about the work it runs: busy while it runs, then what it did, or what went wrong. One of
 * these per action bar, so every screen reports the same way.
 */
public final class WorkState {
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /** Work started; {@code note} says what is going on ("" for nothing). */
    public void start(String note) {
        busy.set(true);
        message.set(note);
    }

    public void succeed(String done) {
        message.set(done);
        error.set("");
        busy.set(false);
    }

    public void fail(String why) {
        message.set("");
        error.set(why);
        busy.set(false);
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
