package be.inasti.missiondesk.ui.firststart;

import be.inasti.missiondesk.app.DemoData;
import be.inasti.missiondesk.app.MissionService;
import be.inasti.missiondesk.store.Progress;
import be.inasti.missiondesk.ui.Messages;
import be.inasti.missiondesk.ui.TaskRunner;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * On an empty database, offers demo data or an empty start. Demo generation runs off the FX thread, reports its
 * progress, and can be cancelled: the store then rolls everything back and the offer stands again.
 */
public final class FirstStartViewModel {
    /** Enough missions for every state and office to show, few enough to generate in seconds. */
    static final int DEMO_MISSIONS = 3_000;
    private static final long DEMO_SEED = 1;

    private final MissionService missions;
    private final DemoData demo;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Runnable onLoaded;
    private final BooleanProperty offered = new SimpleBooleanProperty(false);
    private final BooleanProperty generating = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    /** Read by the worker thread, so not a JavaFX property. */
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    public FirstStartViewModel(MissionService missions, DemoData demo, TaskRunner tasks, Messages messages,
            Runnable onLoaded) {
        this.missions = missions;
        this.demo = demo;
        this.tasks = tasks;
        this.messages = messages;
        this.onLoaded = onLoaded;
    }

    /** Counts the missions off the FX thread and makes the offer when there are none. */
    public void check() {
        tasks.run(missions::count, count -> offered.set(count == 0),
                failure -> message.set(messages.format("firstStart.error", failure.getMessage())));
    }

    public void loadDemo() {
        cancelRequested.set(false);
        generating.set(true);
        progress.set(-1);
        message.set("");
        tasks.run(() -> demo.generate(DEMO_MISSIONS, DEMO_SEED, watcher()), count -> {
            generating.set(false);
            offered.set(false);
            onLoaded.run();
        }, failure -> {
            generating.set(false);
            message.set(failure instanceof Progress.CancelledException ? messages.get("firstStart.cancelled")
                    : messages.format("firstStart.error", failure.getMessage()));
        });
    }

    private Progress watcher() {
        return new Progress() {
            @Override
            public void worked(long done, long total) {
                tasks.post(() -> progress.set(total == 0 ? 1 : (double) done / total));
            }

            @Override
            public boolean cancelled() {
                return cancelRequested.get();
            }
        };
    }

    public void cancel() {
        cancelRequested.set(true);
    }

    public void startEmpty() {
        offered.set(false);
    }

    public ReadOnlyBooleanProperty offeredProperty() {
        return offered;
    }

    public ReadOnlyBooleanProperty generatingProperty() {
        return generating;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
