package be.inasti.missiondesk.ui.firststart;

import be.inasti.missiondesk.app.DemoData;
import be.inasti.missiondesk.app.MissionService;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskProgress;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

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
    private final Runnable onLoaded;
    private final BooleanProperty offered = new SimpleBooleanProperty(false);
    private final WorkState work;
    private final TaskProgress progress;

    public FirstStartViewModel(MissionService missions, DemoData demo, TaskRunner tasks, Messages messages,
            Runnable onLoaded) {
        this.missions = missions;
        this.demo = demo;
        this.onLoaded = onLoaded;
        this.work = new WorkState(tasks, messages, "firstStart.error", "firstStart.cancelled");
        this.progress = new TaskProgress(tasks);
    }

    /** Counts the missions off the FX thread and makes the offer when there are none. */
    public void check() {
        work.runQuietly(missions::count, count -> offered.set(count == 0));
    }

    public void loadDemo() {
        progress.restart(TaskProgress.UNKNOWN);
        work.run(() -> demo.generate(DEMO_MISSIONS, DEMO_SEED, progress), count -> {
            offered.set(false);
            onLoaded.run();
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

    /** Generating, or why the demo data is not there (cancelled, failed): what the card shows. */
    public WorkState work() {
        return work;
    }

    /** How far the demo data has got: what the progress bar shows. */
    public TaskProgress progress() {
        return progress;
    }
}
