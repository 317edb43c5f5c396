package be.inasti.missiondesk.ui.common;

import be.inasti.missiondesk.domain.Progress;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The progress of long work as a view model shows it: a fraction for a progress bar, updated on the FX thread
 * through the {@link TaskRunner}, and a cancel request the worker reads between batches.
 */
public final class TaskProgress implements Progress {
    /** A progress bar's "not started yet": spinning. */
    public static final double UNKNOWN = -1;

    private final TaskRunner tasks;
    private final DoubleProperty fraction = new SimpleDoubleProperty(0);
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    public TaskProgress(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Before each run: nothing done, nothing cancelled. */
    public TaskProgress restart(double initial) {
        cancelRequested.set(false);
        fraction.set(initial);
        return this;
    }

    @Override
    public void worked(long done, long total) {
        tasks.post(() -> fraction.set(total == 0 ? 1 : (double) done / total));
    }

    @Override
    public boolean cancelled() {
        return cancelRequested.get();
    }

    public void cancel() {
        cancelRequested.set(true);
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction;
    }
}
