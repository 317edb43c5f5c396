package be.inasti.missiondesk.ui.shell;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;

/**
 * Starts the FX platform, either at once on a thread of its own or when the window needs it. Started at once, its
 * start (a quarter of a second) overlaps the command line's parsing and the opening of the database, which take
 * as long; the window then only waits for whatever is left of it.
 */
public final class FxPlatform {
    /** When the launcher started, first thing: the start the window's "ready in" is counted from. */
    private final long launched;
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private volatile boolean starting;

    private FxPlatform(long launched) {
        this.launched = launched;
    }

    /**
     * Begins starting now: for a launch that opens the window. Once up, the FX thread runs {@code prepare} while
     * the command line is still opening the database.
     *
     * @param launched the {@link System#nanoTime} the launcher started at
     */
    public static FxPlatform startingNow(long launched, Runnable prepare) {
        FxPlatform platform = new FxPlatform(launched);
        Thread.ofPlatform().name("fx-start").daemon().start(() -> {
            platform.start();
            if (!platform.started.isCompletedExceptionally()) {
                Platform.runLater(prepare);
            }
        });
        return platform;
    }

    /** Starts when {@link #run} is first called: for a launch that may only run a command. */
    public static FxPlatform onDemand() {
        return new FxPlatform(System.nanoTime());
    }

    private synchronized void start() {
        if (starting) {
            return;
        }
        starting = true;
        try {
            Platform.startup(() -> started.complete(null));
        } catch (RuntimeException | Error e) {  // no display, no graphics: said where the window is wanted
            started.completeExceptionally(e);
        }
    }

    /** Runs {@code work} on the FX thread once the platform is up; a failure to start is thrown here. */
    public void run(Runnable work) {
        start();
        try {
            started.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Platform.runLater(work);
    }

    /** Since the launch: everything but the JVM's own start, which a bare window pays as well. */
    public Duration sinceLaunch() {
        return Duration.ofNanos(System.nanoTime() - launched);
    }

    public void exit() {
        if (starting) {
            Platform.exit();
        }
    }
}
