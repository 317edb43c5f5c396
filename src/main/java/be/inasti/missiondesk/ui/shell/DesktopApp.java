package be.inasti.missiondesk.ui.shell;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.ui.common.FxTaskRunner;
import be.inasti.missiondesk.ui.common.StateIcons;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Runs the window on the services the command line opened, on an FX platform started without an Application
 * subclass (so no static hand-over of services), and returns when the window closes.
 */
public final class DesktopApp {
    /** The exit code of a start whose queue could not be read, as the command line's refusals. */
    private static final int NOT_READY = 1;

    private DesktopApp() {
    }

    /**
     * Loads what the window needs first while the FX thread would only wait for the database: Ikonli's icon font
     * (read on the first icon) and the light theme (parsed once, then cached; a user's dark theme replaces it).
     * About 40 ms off the start.
     */
    public static void prepare() {
        new FontIcon(StateIcons.ikon(ClockState.ON_TRACK));
        Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet());
    }

    /**
     * With {@code importOnStart}, a batch file the window is opened with (a file association passes its path):
     * the synchronisation screen opens and imports it. With {@code exitWhenReady}, the window closes once the queue
     * shows (exit code 0) or once its first reading failed, saying why on stderr (exit code 1). With {@code
     * language}, the window speaks it for this run whatever language is remembered.
     */
    public static int run(FxPlatform platform, Services services, boolean exitWhenReady,
            Optional<Path> importOnStart, Optional<Locale> language) {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger();
        FxTaskRunner tasks = new FxTaskRunner();
        Preferences preferences = Preferences.load(services.settings(), language);
        platform.run(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            MainWindow.show(stage, services, tasks, preferences, importOnStart, () -> {
                if (exitWhenReady) {
                    System.out.printf("ready in %d ms%n", platform.sinceLaunch().toMillis());
                    stage.close();
                }
            }, reason -> {
                if (exitWhenReady) {
                    System.err.println("missiondesk: " + reason);
                    exitCode.set(NOT_READY);
                    stage.close();
                }
            });
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tasks.close();
        platform.exit();
        return exitCode.get();
    }
}
