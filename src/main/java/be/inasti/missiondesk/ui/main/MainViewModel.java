package be.inasti.missiondesk.ui.main;

import be.inasti.missiondesk.store.SettingStore;
import be.inasti.missiondesk.ui.Messages;
import be.inasti.missiondesk.ui.Preferences;
import be.inasti.missiondesk.ui.TaskRunner;
import be.inasti.missiondesk.ui.Theme;
import be.inasti.missiondesk.ui.coordination.CoordinationScreen;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the main window shows around the screens: the status bar (database, local changes not yet exported, last
 * export and import, read from the settings), and the language and theme, remembered in the settings.
 */
public final class MainViewModel {
    public static final String PENDING_CHANGES = "sync.pendingChanges";
    public static final String LAST_EXPORT = "sync.lastExport";
    public static final String LAST_IMPORT = "sync.lastImport";

    private record SyncStatus(long pending, Optional<String> lastExport, Optional<String> lastImport) {
    }

    private final SettingStore settings;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ZoneId zone;
    private final Shell shell;
    private final StringProperty databaseText = new SimpleStringProperty();
    private final StringProperty pendingText = new SimpleStringProperty("");
    private final StringProperty exportText = new SimpleStringProperty("");
    private final StringProperty importText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<Theme> theme;
    private final Locale language;

    public MainViewModel(Path database, SettingStore settings, TaskRunner tasks, Messages messages, ZoneId zone,
            Preferences preferences, Shell shell) {
        this.settings = settings;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = zone;
        this.shell = shell;
        this.theme = new SimpleObjectProperty<>(preferences.theme());
        this.language = preferences.language();
        databaseText.set(messages.format("status.database", database.toString()));
    }

    /** Reads the sync counters off the FX thread. */
    public void refreshStatus() {
        tasks.run(() -> new SyncStatus(settings.get(PENDING_CHANGES).map(Long::parseLong).orElse(0L),
                settings.get(LAST_EXPORT), settings.get(LAST_IMPORT)), status -> {
                    pendingText.set(messages.format("status.pending", status.pending()));
                    exportText.set(messages.format("status.lastExport", when(status.lastExport())));
                    importText.set(messages.format("status.lastImport", when(status.lastImport())));
                }, this::failed);
    }

    private String when(Optional<String> instant) {
        try {
            return instant.map(i -> messages.dateTime(Instant.parse(i), zone)).orElse(messages.get("status.never"));
        } catch (DateTimeParseException e) {
            return instant.get();
        }
    }

    /** Stores the language, then has the window built again in it. */
    public void chooseLanguage(Locale chosen) {
        if (chosen.equals(language)) {
            return;
        }
        tasks.run(() -> {
            settings.put(Preferences.LANGUAGE, chosen.toLanguageTag());
            return chosen;
        }, shell::relocalize, this::failed);
    }

    /** Applies the theme at once and remembers it. */
    public void chooseTheme(Theme chosen) {
        theme.set(chosen);
        shell.applyTheme(chosen);
        tasks.run(() -> {
            settings.put(Preferences.THEME, chosen.name());
            return chosen;
        }, saved -> { }, this::failed);
    }

    private void failed(Throwable failure) {
        error.set(messages.format("status.error", failure.getMessage()));
    }

    public void newMission() {
        shell.openNewMission();
    }

    public void openCoordination(CoordinationScreen screen) {
        shell.openCoordination(screen);
    }

    public void quit() {
        shell.close();
    }

    public Locale language() {
        return language;
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty databaseTextProperty() {
        return databaseText;
    }

    public ReadOnlyStringProperty pendingTextProperty() {
        return pendingText;
    }

    public ReadOnlyStringProperty exportTextProperty() {
        return exportText;
    }

    public ReadOnlyStringProperty importTextProperty() {
        return importText;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
