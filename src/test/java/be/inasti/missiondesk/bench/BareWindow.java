package be.inasti.missiondesk.bench;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The start-up baseline of {@code missiondesk gui --exit-when-ready}: a bare JavaFX window with an empty
 * {@code TableView}, started the same way (Platform.startup, same JVM options), printing "ready in N ms" once the
 * table is shown, then exiting. Not a test; run as src/site/markdown/performance.md says.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) throws InterruptedException {
        long start = System.nanoTime();
        CountDownLatch closed = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            stage.setScene(new Scene(new TableView<Object>(), 1200, 760));
            stage.setOnShown(e -> Platform.runLater(() -> {
                System.out.printf("ready in %d ms%n", (System.nanoTime() - start) / 1_000_000);
                stage.close();
            }));
            stage.show();
        });
        closed.await();
        Platform.exit();
    }
}
