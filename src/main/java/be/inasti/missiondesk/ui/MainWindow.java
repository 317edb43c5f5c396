package be.inasti.missiondesk.ui;

import atlantafx.base.theme.PrimerLight;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.ui.main.MainView;
import be.inasti.missiondesk.ui.main.MainViewModel;
import be.inasti.missiondesk.ui.queue.QueueViewModel;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Builds the main window on a stage: theme, view models wired to the services, and the first queue load. */
public final class MainWindow {
    private MainWindow() {
    }

    /** Shows the window; {@code onReady} runs once the queue is on screen. */
    public static void show(Stage stage, Services services, TaskRunner tasks, Locale locale, Runnable onReady) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Messages messages = new Messages(locale);
        MainViewModel main = new MainViewModel(services.database().file(), messages, stage::close);
        QueueViewModel queue = new QueueViewModel(services.queue(), tasks, messages);
        Scene scene = new Scene(new MainView(main, queue, messages), 1200, 760);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("missiondesk.css"))
                .toExternalForm());
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        stage.show();
        queue.refresh(onReady);
    }
}
