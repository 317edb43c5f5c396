package be.inasti.missiondesk.ui.shell;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.ui.common.FilePicker;
import be.inasti.missiondesk.ui.common.FxFilePicker;
import be.inasti.missiondesk.ui.common.Keys;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.Today;
import be.inasti.missiondesk.ui.coordination.CoordinationScreen;
import be.inasti.missiondesk.ui.coordination.CoordinationWindow;
import be.inasti.missiondesk.ui.dashboard.FxReportTarget;
import be.inasti.missiondesk.ui.detail.DetailViewModel;
import be.inasti.missiondesk.ui.detail.FxTransitionPrompt;
import be.inasti.missiondesk.ui.firststart.FirstStartViewModel;
import be.inasti.missiondesk.ui.flows.FlowImportWindow;
import be.inasti.missiondesk.ui.newmission.NewMissionView;
import be.inasti.missiondesk.ui.newmission.NewMissionViewModel;
import be.inasti.missiondesk.ui.profile.ProfileViewModel;
import be.inasti.missiondesk.ui.profile.ProfileWindow;
import be.inasti.missiondesk.ui.queue.QueueViewModel;
import be.inasti.missiondesk.ui.sync.SyncViewModel;
import be.inasti.missiondesk.ui.sync.SyncWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
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
    private final FilePicker files;
    private QueueViewModel queue;
    private DetailViewModel detail;
    private CoordinationWindow coordination;
    private MainViewModel main;
    /** The synchronisation screen, once opened: opened again, it comes to the front instead of doubling. */
    private SyncWindow sync;

    private MainWindow(Stage stage, Services services, TaskRunner tasks, Preferences preferences, FilePicker files) {
        this.stage = stage;
        this.files = files;
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
        return show(stage, services, tasks, preferences, Optional.empty(), onReady, reason -> { });
    }

    /**
     * Shows the window, then with {@code importOnStart} (a batch file the window was opened with, as by a file
     * association) the synchronisation screen importing it. {@code onFailed} gets the error the window shows if
     * the first reading of the queue fails.
     */
    public static MainWindow show(Stage stage, Services services, TaskRunner tasks, Preferences preferences,
            Optional<Path> importOnStart, Runnable onReady, Consumer<String> onFailed) {
        return show(stage, services, tasks, preferences, new FxFilePicker(), importOnStart, onReady, onFailed);
    }

    /** The same with another file picker: the window's tests answer the file dialogs with it. */
    static MainWindow show(Stage stage, Services services, TaskRunner tasks, Preferences preferences,
            FilePicker files, Optional<Path> importOnStart, Runnable onReady, Consumer<String> onFailed) {
        MainWindow window = new MainWindow(stage, services, tasks, preferences, files);
        window.applyTheme(preferences.theme());
        window.build(onReady, onFailed);
        stage.show();
        window.ticker.play();
        importOnStart.ifPresent(window::importBatch);
        return window;
    }

    private void build(Runnable onReady, Consumer<String> onFailed) {
        messages = new Messages(preferences.language());
        // JavaFX's own texts and formats (date pickers and their calendars, dialog buttons) follow the default.
        Locale.setDefault(preferences.language());
        // Every change goes through main.changed(): the screens read again and so do the status bar's counts.
        detail = new DetailViewModel(services.missions(), services.queue(), tasks, messages, services.clock().getZone(),
                new FxTransitionPrompt(stage, messages), this::changed);
        QueueViewModel before = queue;
        queue = new QueueViewModel(services.queue(), tasks, messages, services.actor().user(), detail::load);
        if (before != null) {
            queue.filter().copyFrom(before.filter());
        }
        // First in the worker's line: the queue is read while the window is still being built.
        queue.refresh(onReady, onFailed);
        detail.shown().mission().addListener((o, was, now) -> {
            if (now == null) {
                queue.closed();
            }
        });
        main = new MainViewModel(MainViewModel.Uses.of(services), tasks, messages, preferences, this, files);
        main.whenChanged(queue::refresh);
        main.whenChanged(detail::reload);
        main.whenChanged(() -> {
            if (coordination != null && coordination.isShowing()) {
                coordination.refresh();
            }
        });
        ProfileViewModel profile = new ProfileViewModel(services.profile(), tasks, messages, services.actor().user(),
                saved -> main.refreshStatus());
        FirstStartViewModel first = new FirstStartViewModel(new FirstStartViewModel.Uses(services.missions(),
                services.demo(), profile), tasks, messages, preferences.language(), main::chooseLanguage,
                this::changed);
        Scene scene = new Scene(new MainView(main, queue, detail, first, messages), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(
                "/be/inasti/missiondesk/ui/missiondesk.css")).toExternalForm());
        stage.setTitle(messages.format("app.title.user", services.actor().user()));
        stage.setScene(scene);
        Keys.onEscape(scene, () -> detail.openProperty().get(), detail::close);
        main.refreshStatus();
        first.check();
    }

    /** After a change, an exchange of batches or a new day: see {@link MainViewModel#changed}. */
    private void changed() {
        main.changed();
    }

    @Override
    public void relocalize(Locale language) {
        if (coordination != null) {
            coordination.close();  // reopened in the new language from the menu
            coordination = null;
        }
        preferences = new Preferences(language, preferences.theme());
        // The synchronisation screen holds texts of the old language: it is opened again on demand.
        if (sync != null) {
            sync.close();
        }
        Optional<UUID> opened = Optional.ofNullable(detail.shown().mission().get()).map(Mission::id);
        build(() -> { }, reason -> { });
        opened.ifPresent(detail::load);
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
        NewMissionViewModel model = new NewMissionViewModel(services.missions(), services.profile(), tasks, messages,
                services.actor().user(), this::created, form::close);
        Scene scene = new Scene(new NewMissionView(model, messages));
        scene.getStylesheets().addAll(stage.getScene().getStylesheets());
        form.setTitle(messages.get("form.title"));
        form.setScene(scene);
        form.show();
    }

    @Override
    public void openProfile() {
        ProfileWindow.open(stage, services.profile(), tasks, messages, services.actor().user(),
                saved -> main.refreshStatus());
    }

    /** A new mission is a local change like any other: counted at once in the status bar, and opened. */
    private void created(Mission mission) {
        changed();
        detail.load(mission.id());
    }

    @Override
    public void openCoordination(CoordinationScreen screen) {
        if (coordination == null || !coordination.isShowing()) {
            coordination = CoordinationWindow.open(stage, CoordinationWindow.Uses.of(services), tasks, messages,
                    this::changed, owner -> new FxReportTarget(() -> owner, messages));
        }
        coordination.show(screen);
    }

    @Override
    public void openSync() {
        syncWindow();
    }

    private SyncWindow syncWindow() {
        if (sync != null && sync.isShowing()) {
            sync.toFront();
        } else {
            sync = SyncWindow.open(stage, SyncViewModel.Uses.of(services), tasks, messages, files, this::changed);
        }
        return sync;
    }

    @Override
    public void importBatch(Path file) {
        syncWindow().importFile(file);
    }

    @Override
    public void registerSite(Path identity) {
        syncWindow().registerFile(identity);
    }

    @Override
    public void openFlowImport(Path file) {
        // What an import created shows as soon as it is applied, while the flow screen stays open.
        FlowImportWindow.open(stage, services.flows(), services.profile(), services.actor().user(), tasks, messages,
                Optional.of(file), this::changed);
    }

    @Override
    public void close() {
        stage.close();
    }
}
