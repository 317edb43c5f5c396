package be.inasti.missiondesk.ui.firststart;

import be.inasti.missiondesk.app.DemoData;
import be.inasti.missiondesk.app.MissionService;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskProgress;
import be.inasti.missiondesk.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
    private final StringProperty message = new SimpleStringProperty("");
    private final TaskProgress progress;

    public FirstStartViewModel(MissionService missions, DemoData demo, TaskRunner tasks, Messages messages,
            Runnable onLoaded) {
        this.missions = missions;
        this.demo = demo;
        this.tasks = tasks;
        this.messages = messages;
        this.onLoaded = onLoaded;
        this.progress = new TaskProgress(tasks);
    }

    /** Counts the missions off the FX thread and makes the offer when there are none. */
    public void check() {
        tasks.run(missions::count, count -> offered.set(count == 0),
                failure -> message.set(messages.format("firstStart.error", messages.explain(failure))));
    }

    public void loadDemo() {
        generating.set(true);
        message.set("");
        progress.restart(TaskProgress.UNKNOWN);
        tasks.run(() -> demo.generate(DEMO_MISSIONS, DEMO_SEED, progress), count -> {
            generating.set(false);
            offered.set(false);
            onLoaded.run();
        }, failure -> {
            generating.set(false);
            message.set(failure instanceof Progress.CancelledException ? messages.get("firstStart.cancelled")
                    : messages.format("firstStart.error", messages.explain(failure)));
        });
    }

    public void cancel() {
        progress.cancel();
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
        return progress.fractionProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
