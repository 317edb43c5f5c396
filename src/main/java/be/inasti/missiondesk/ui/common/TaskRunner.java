package be.inasti.missiondesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands its result (or failure) back on it. View models take one, so tests can
 * pass {@link #direct()} and stay deterministic.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Hands a step of running work (a progress report) to the FX thread; view models never call Platform. */
    void post(Runnable update);

    /** Runs everything on the calling thread: for view-model tests. */
    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void post(Runnable update) {
                update.run();
            }
        };
    }
}
