package be.inasti.missiondesk.ui;

import be.inasti.missiondesk.app.Services;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Runs the window on the services the command line opened: starts the FX platform (no Application subclass,
 * so no static hand-over of services), and returns when the window closes.
 */
public final class DesktopApp {
    private DesktopApp() {
    }

    /**
     * With {@code importOnStart}, a batch file the window is opened with (a file association passes its path):
     * the synchronisation screen opens and imports it.
     */
    public static int run(Services services, boolean exitWhenReady, Optional<Path> importOnStart) {
        long start = System.nanoTime();
        CountDownLatch closed = new CountDownLatch(1);
        FxTaskRunner tasks = new FxTaskRunner();
        Preferences preferences = Preferences.load(services.settings());
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            MainWindow.show(stage, services, tasks, preferences, importOnStart, () -> {
                if (exitWhenReady) {
                    System.out.printf("ready in %d ms%n", (System.nanoTime() - start) / 1_000_000);
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
        Platform.exit();
        return 0;
    }
}
