package be.inasti.missiondesk.ui.shell;

import be.inasti.missiondesk.app.LastFolder;
import be.inasti.missiondesk.app.ProfileService;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.Settings;
import be.inasti.missiondesk.app.database.DatabaseService;
import be.inasti.missiondesk.app.sync.SyncService;
import be.inasti.missiondesk.ui.common.FileKind;
import be.inasti.missiondesk.ui.common.FilePicker;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import be.inasti.missiondesk.ui.coordination.CoordinationScreen;
import be.inasti.missiondesk.ui.sync.SyncSummary;
import be.inasti.missiondesk.ui.sync.SyncTexts;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the main window shows and does around the screens: the status bar (database, local changes no partner
 * holds yet, last export and import over all partners), the language and theme remembered in the settings, and
 * files coming in (chosen from a menu or dropped on the window) sent to the screen for their kind.
 */
public final class MainViewModel {
    private final Settings settings;
    private final SyncService sync;
    private final Messages messages;
    private final SyncTexts syncTexts;
    private final Shell shell;
    private final FilePicker files;
    private final ReadOnlyStringWrapper databaseText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper pendingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper profileText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper databaseLocation = new ReadOnlyStringWrapper();
    private final StatusBar statusBar = new StatusBar(databaseText.getReadOnlyProperty(),
            databaseLocation.getReadOnlyProperty(),
            pendingText.getReadOnlyProperty(), exportText.getReadOnlyProperty(), importText.getReadOnlyProperty(),
            profileText.getReadOnlyProperty());
    private final ProfileService profiles;
    private final List<Runnable> screens = new ArrayList<>();
    private final WorkState work;
    private final ObjectProperty<Theme> theme;
    private final Locale language;

    /**
     * The services the main window's own actions use: settings, sync status, the profile, the database (its file, or
     * a central office's server), its zone.
     */
    public record Uses(Settings settings, SyncService sync, ProfileService profiles, DatabaseService database,
            ZoneId zone) {
        public static Uses of(Services services) {
            return new Uses(services.settings(), services.sync(), services.profile(), services.database(),
                    services.clock().getZone());
        }
    }

    public MainViewModel(Uses uses, TaskRunner tasks, Messages messages, Preferences preferences, Shell shell,
            FilePicker files) {
        this.settings = uses.settings();
        this.sync = uses.sync();
        this.profiles = uses.profiles();
        this.messages = messages;
        this.work = new WorkState(tasks, messages, "status.error");
        this.syncTexts = new SyncTexts(messages, uses.zone());
        this.shell = shell;
        this.files = files;
        this.theme = new SimpleObjectProperty<>(preferences.theme());
        this.language = preferences.language();
        databaseText.set(uses.database().name());
        databaseLocation.set(messages.format("status.database", uses.database().location()));
    }

    /** A screen showing missions, read again by {@link #changed} (the queue, the opened mission). */
    public void whenChanged(Runnable readAgain) {
        screens.add(readAgain);
    }

    /**
     * After any change to the missions (an event fired, a mission created, a flow imported, batches exchanged,
     * work moved) or a new day: every screen showing them reads them again, and the status bar its live counts, so
     * none stays stale until F5. The one callback the window gives to whatever changes missions.
     */
    public void changed() {
        screens.forEach(Runnable::run);
        refreshStatus();
    }

    /** Reads the sync state off the FX thread: after every exchange, every local change, and on F5. */
    public void refreshStatus() {
        work.runQuietly(() -> SyncSummary.read(sync), this::showStatus,
                failure -> messages.format("status.syncError", messages.explain(failure)));
        work.runQuietly(profiles::profile, saved -> profileText.set(saved.map(p -> messages.format("status.profile",
                p.login(), messages.of("office", p.office()), messages.of("sync.role", p.role())))
                .orElse(messages.get("status.noProfile"))));
    }

    private void showStatus(SyncSummary status) {
        pendingText.set(messages.format("status.pending", status.pending()));
        if (status.self().isEmpty()) {
            exportText.set(messages.get("status.notSite"));
            importText.set("");
            return;
        }
        exportText.set(messages.format("status.lastExport", syncTexts.when(status.lastExport())));
        importText.set(messages.format("status.lastImport", syncTexts.when(status.lastImport())));
    }

    /**
     * Files dropped on the window, sent by extension: a batch to the sync import, a CSV to the flow import, a site's
     * identity to the sync screen's partners. The first file of a known kind is taken; {@code false} when there is
     * none (the desktop then shows the drop failed).
     */
    public boolean dropped(List<Path> dropped) {
        Optional<Path> known = dropped.stream().filter(f -> FileKind.of(f).isPresent()).findFirst();
        if (known.isEmpty()) {
            work.fail(messages.format("status.dropUnknown", dropped.isEmpty() ? "" : dropped.getFirst().getFileName()));
            return false;
        }
        work.succeed("");
        open(known.get());
        return true;
    }

    private void open(Path file) {
        switch (FileKind.of(file).orElseThrow()) {
            case BATCH -> shell.importBatch(file);
            case FLOW -> shell.openFlowImport(file);
            case IDENTITY -> shell.registerSite(file);
        }
    }

    public void importFlowFile() {
        files.open(FileKind.FLOW).ifPresent(shell::openFlowImport);
    }

    /** The dialog opens in the folder the last batch came from or went to (the USB stick), as the sync screen's. */
    public void importBatchFile() {
        work.runQuietly(new LastFolder(settings)::get,
                folder -> files.open(FileKind.BATCH, folder).ifPresent(shell::importBatch));
    }

    public void openSync() {
        shell.openSync();
    }

    /** Stores the language, then has the window built again in it. */
    public void chooseLanguage(Locale chosen) {
        if (chosen.equals(language)) {
            return;
        }
        work.runQuietly(() -> {
            settings.put(Preferences.LANGUAGE, chosen.toLanguageTag());
            return chosen;
        }, shell::relocalize);
    }

    /** Applies the theme at once and remembers it. */
    public void chooseTheme(Theme chosen) {
        theme.set(chosen);
        shell.applyTheme(chosen);
        work.runQuietly(() -> {
            settings.put(Preferences.THEME, chosen.name());
            return chosen;
        }, saved -> { });
    }

    public void newMission() {
        shell.openNewMission();
    }

    public void editProfile() {
        shell.openProfile();
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

    public StatusBar statusBar() {
        return statusBar;
    }

    /** What went wrong in the window's own work: the status bar shows it. */
    public WorkState work() {
        return work;
    }

    /**
     * What the status bar says: the database in use (its name, and "Database: " with its whole location for the
     * tooltip), the local changes not yet exported, when this site last exported and imported, and who works here
     * ({@link #refreshStatus} reads them again).
     */
    public record StatusBar(ReadOnlyStringProperty database, ReadOnlyStringProperty databaseLocation,
            ReadOnlyStringProperty pending, ReadOnlyStringProperty lastExport, ReadOnlyStringProperty lastImport,
            ReadOnlyStringProperty profile) {
    }
}
