package be.inasti.missiondesk.ui.main;

import be.inasti.missiondesk.ui.Messages;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the main window shows around the screens: the database in use; closing is passed in as a Runnable. */
public final class MainViewModel {
    private final ReadOnlyStringWrapper databaseText = new ReadOnlyStringWrapper();
    private final Runnable close;

    public MainViewModel(Path database, Messages messages, Runnable close) {
        this.close = close;
        databaseText.set(messages.format("status.database", database.toString()));
    }

    public ReadOnlyStringProperty databaseTextProperty() {
        return databaseText.getReadOnlyProperty();
    }

    public void quit() {
        close.run();
    }
}
