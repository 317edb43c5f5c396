package be.inasti.missiondesk.ui;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.ui.coordination.CoordinationScreen;
import be.inasti.missiondesk.ui.coordination.CoordinationWindow;
import be.inasti.missiondesk.ui.dashboard.FxReportTarget;
import be.inasti.missiondesk.ui.detail.DetailViewModel;
import be.inasti.missiondesk.ui.detail.FxTransitionPrompt;
import be.inasti.missiondesk.ui.firststart.FirstStartViewModel;
import be.inasti.missiondesk.ui.main.MainView;
import be.inasti.missiondesk.ui.main.MainViewModel;
import be.inasti.missiondesk.ui.main.Shell;
import be.inasti.missiondesk.ui.newmission.NewMissionView;
import be.inasti.missiondesk.ui.newmission.NewMissionViewModel;
import be.inasti.missiondesk.ui.queue.QueueViewModel;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * The window's composition root: theme, view models wired to the services and to each other, and the one timeline
 * that ticks "today" so countdowns roll over at midnight. A language switch builds the scene again.
 */
public final class MainWindow implements Shell {
    /** How often the clock is read: a rolled-over date shows within this delay. */
    private static final Duration TICK = Duration.seconds(20);

    private final Stage stage;
    private final Services services;
    private final TaskRunner tasks;
    private final Today today;
    private final Timeline ticker;
    private Preferences preferences;
    private Messages messages;
    private QueueViewModel queue;
    private DetailViewModel detail;
    private CoordinationWindow coordination;

    private MainWindow(Stage stage, Services services, TaskRunner tasks, Preferences preferences) {
        this.stage = stage;
        this.services = services;
        this.tasks = tasks;
        this.preferences = preferences;
        this.today = new Today(services.clock());
        this.ticker = new Timeline(new KeyFrame(TICK, e -> today.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        today.dateProperty().addListener((o, was, now) -> changed());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> ticker.stop());
    }

    /** Shows the window; {@code onReady} runs once the queue is on screen. */
    public static MainWindow show(Stage stage, Services services, TaskRunner tasks, Preferences preferences,
            Runnable onReady) {
        MainWindow window = new MainWindow(stage, services, tasks, preferences);
        window.applyTheme(preferences.theme());
        window.build(onReady);
        stage.show();
        window.ticker.play();
        return window;
    }

    private void build(Runnable onReady) {
        messages = new Messages(preferences.language());
        // JavaFX's own texts and formats (date pickers and their calendars, dialog buttons) follow the default.
        Locale.setDefault(preferences.language());
        detail = new DetailViewModel(services.missions(), services.queue(), tasks, messages, services.clock().getZone(),
                new FxTransitionPrompt(stage, messages), this::changed);
        queue = new QueueViewModel(services.queue(), tasks, messages, services.actor().user(), detail::load);
        detail.missionProperty().addListener((o, was, now) -> {
            if (now == null) {
                queue.closed();
            }
        });
        MainViewModel main = new MainViewModel(services.database().file(), services.settings(), tasks, messages,
                services.clock().getZone(), preferences, this);
        FirstStartViewModel first = new FirstStartViewModel(services.missions(), services.demo(), tasks, messages,
                queue::refresh);
        Scene scene = new Scene(new MainView(main, queue, detail, first, messages), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("missiondesk.css"))
                .toExternalForm());
        stage.setTitle(messages.format("app.title.user", services.actor().user()));
        stage.setScene(scene);
        main.refreshStatus();
        first.check();
        queue.refresh(onReady);
    }

    /** After a change or a new day: the queue and the opened mission are read again, so countdowns follow. */
    private void changed() {
        queue.refresh();
        detail.reload();
    }

    @Override
    public void relocalize(Locale language) {
        if (coordination != null) {
            coordination.close();  // reopened in the new language from the menu
            coordination = null;
        }
        preferences = new Preferences(language, preferences.theme());
        build(() -> { });
    }

    @Override
    public void applyTheme(Theme theme) {
        preferences = new Preferences(preferences.language(), theme);
        Application.setUserAgentStylesheet(theme.stylesheet());
    }

    @Override
    public void openNewMission() {
        Stage form = new Stage();
        form.initOwner(stage);
        form.initModality(Modality.WINDOW_MODAL);
        NewMissionViewModel model = new NewMissionViewModel(services.missions(), tasks, messages,
                services.actor().user(), this::created, form::close);
        Scene scene = new Scene(new NewMissionView(model, messages));
        scene.getStylesheets().addAll(stage.getScene().getStylesheets());
        form.setTitle(messages.get("form.title"));
        form.setScene(scene);
        form.show();
    }

    private void created(Mission mission) {
        queue.refresh();
        detail.load(mission.id());
    }

    @Override
    public void openCoordination(CoordinationScreen screen) {
        if (coordination == null || !coordination.isShowing()) {
            coordination = CoordinationWindow.open(stage, services, tasks, messages, this::changed,
                    owner -> new FxReportTarget(() -> owner, messages));
        }
        coordination.show(screen);
    }

    @Override
    public void close() {
        stage.close();
    }
}
