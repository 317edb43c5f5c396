package be.inasti.missiondesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.LastFolder;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.store.Engine;
import be.inasti.missiondesk.sync.SyncSites;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.ScriptedFiles;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.coordination.CoordinationScreen;
import be.inasti.missiondesk.ui.detail.DetailViewModel;
import be.inasti.missiondesk.ui.detail.TransitionPrompt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    @TempDir
    Path folder;

    private Services services;
    private final List<Object> shellCalls = new ArrayList<>();
    private final Shell shell = new Shell() {
        @Override
        public void relocalize(Locale language) {
            shellCalls.add(language);
        }

        @Override
        public void applyTheme(Theme theme) {
            shellCalls.add(theme);
        }

        @Override
        public void openNewMission() {
            shellCalls.add("new");
        }

        @Override
        public void openCoordination(CoordinationScreen screen) {
            shellCalls.add(screen);
        }

        @Override
        public void close() {
            shellCalls.add("close");
        }

        @Override
        public void openSync() {
            shellCalls.add("sync");
        }

        @Override
        public void importBatch(Path file) {
            shellCalls.add("batch " + file.getFileName());
        }

        @Override
        public void registerSite(Path identity) {
            shellCalls.add("identity " + identity.getFileName());
        }

        @Override
        public void openFlowImport(Path file) {
            shellCalls.add("flow " + file.getFileName());
        }

        @Override
        public void openProfile() {
            shellCalls.add("profile");
        }
    };
    private final ScriptedFiles files = new ScriptedFiles(Path.of("unused"));

    @BeforeEach
    void open() {
        services = TestServices.open(folder, DeskFixture.TODAY);
    }

    private MainViewModel model() {
        return model(services);
    }

    private MainViewModel model(Services on) {
        return new MainViewModel(MainViewModel.Uses.of(on), TaskRunner.direct(), new Messages(Locale.FRENCH),
                new Preferences(Locale.FRENCH, Theme.LIGHT), shell, files);
    }

    @Test
    void theStatusBarSaysWhoWorksHereOrThatNoProfileIsSetAndOpensTheProfile() {
        MainViewModel model = model();
        model.refreshStatus();
        assertThat(model.statusBar().profile().get()).isEqualTo("Profil à choisir (Ctrl+,)");

        services.profile().save(new Profile("vrenard", Office.NAMUR, Role.INSPECTOR));
        model.refreshStatus();
        model.editProfile();

        assertThat(model.statusBar().profile().get()).isEqualTo("Profil : vrenard, Namur, inspecteur");
        assertThat(shellCalls).containsExactly("profile");
    }

    /**
     * A central office's window names its database and server, not the local folder where its keys are kept; the
     * whole URL is in the name's tooltip.
     */
    @Test
    void onAServerTheStatusBarNamesTheServer() {
        Services central = TestServices.open(Engine.POSTGRESQL, folder, DeskFixture.TODAY);
        MainViewModel model = model(central);

        assertThat(model.statusBar().database().get()).matches("test_\\d+ @ localhost");
        assertThat(model.statusBar().databaseLocation().get())
                .isEqualTo("Base de données : " + central.database().location())
                .matches("Base de données : postgresql://postgres@localhost:\\d+/test_\\d+");
    }

    @Test
    void anInstallationNotYetASiteSaysSoInTheStatusBar() {
        Services desk = DeskFixture.mine(folder.resolve("desk")).services;
        MainViewModel model = model(desk);
        model.refreshStatus();

        assertThat(model.statusBar().database().get()).isEqualTo("missiondesk.db");
        assertThat(model.statusBar().databaseLocation().get())
                .isEqualTo("Base de données : " + desk.database().location())
                .endsWith("missiondesk.db");
        assertThat(desk.sync().pendingChanges()).isPositive();
        assertThat(model.statusBar().pending().get())
                .isEqualTo("Modifications locales non exportées : " + desk.sync().pendingChanges());
        assertThat(model.statusBar().lastExport().get())
                .isEqualTo("Synchronisation : cette installation n'est pas encore un site");
        assertThat(model.statusBar().lastImport().get()).isEmpty();
    }

    @Test
    void theCountOfUnexportedChangesIsFreshAfterEveryEventFired() {
        DeskFixture desk = DeskFixture.mine(folder.resolve("desk"));
        MainViewModel model = model(desk.services);
        List<String> readAgain = new ArrayList<>();
        model.whenChanged(() -> readAgain.add("queue"));
        // As the window wires it: the detail reports its changes to the main view model.
        DetailViewModel detail = new DetailViewModel(desk.services.missions(), desk.services.queue(),
                TaskRunner.direct(), new Messages(Locale.FRENCH), desk.services.clock().getZone(),
                question -> Optional.of(new TransitionPrompt.Answer(DeskFixture.TODAY, "")), model::changed);
        model.refreshStatus();
        int before = desk.services.sync().pendingChanges();
        assertThat(model.statusBar().pending().get()).isEqualTo("Modifications locales non exportées : " + before);

        detail.load(desk.maternity.id());
        detail.fire(detail.shown().transitions().getFirst());

        int after = desk.services.sync().pendingChanges();
        assertThat(after).isGreaterThan(before);
        assertThat(model.statusBar().pending().get()).isEqualTo("Modifications locales non exportées : " + after);
        assertThat(readAgain).containsExactly("queue");
    }

    @Test
    void theStatusBarShowsPendingChangesAndTheLatestExchangeOverAllPartners() {
        SyncSites sites = new SyncSites(folder);
        Services central = sites.site("CENTRAL", Office.CENTRAL, Role.CENTRAL);
        Services namur = sites.site("NAM-07", Office.NAMUR, Role.CASEWORKER);
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        MainViewModel model = model(namur);
        model.refreshStatus();
        int pending = namur.sync().pendingChanges();
        assertThat(pending).isPositive();
        assertThat(model.statusBar().pending().get()).isEqualTo("Modifications locales non exportées : " + pending);
        assertThat(model.statusBar().lastExport().get()).isEqualTo("Dernier export : jamais");
        assertThat(model.statusBar().lastImport().get()).isEqualTo("Dernier import : jamais");

        central.sync().importBatch(sites.export(namur, "CENTRAL"), false);
        namur.sync().importBatch(sites.export(central, "NAM-07"), false);
        model.refreshStatus();

        assertThat(model.statusBar().pending().get()).isEqualTo("Modifications locales non exportées : 0");
        // The sites' clocks stand at 9:00 in their zone, UTC.
        assertThat(model.statusBar().lastExport().get()).isEqualTo("Dernier export : 23 nov. 2026 09:00");
        assertThat(model.statusBar().lastImport().get()).isEqualTo("Dernier import : 23 nov. 2026 09:00");
    }

    @Test
    void aDroppedBatchGoesToTheSyncImportACsvToTheFlowImportAndAnIdentityToThePartners() {
        MainViewModel model = model();

        assertThat(model.dropped(List.of(Path.of("notes.txt"), Path.of("MissionDesk-NAM-07.MDBATCH")))).isTrue();
        assertThat(model.dropped(List.of(Path.of("old.mdb")))).isTrue();
        assertThat(model.dropped(List.of(Path.of("births.csv")))).isTrue();
        assertThat(model.dropped(List.of(Path.of("MissionDesk-CENTRAL.mdsite")))).isTrue();

        assertThat(shellCalls).containsExactly("batch MissionDesk-NAM-07.MDBATCH", "batch old.mdb", "flow births.csv",
                "identity MissionDesk-CENTRAL.mdsite");
    }

    @Test
    void aDroppedFileOfNoKnownKindIsRefusedWithItsName() {
        MainViewModel model = model();

        assertThat(model.dropped(List.of(Path.of("photo.jpg")))).isFalse();

        assertThat(shellCalls).isEmpty();
        assertThat(model.work().errorProperty().get())
                .isEqualTo("photo.jpg : ni un lot MissionDesk (.mdbatch, .mdb), ni un fichier de flux (.csv), ni une "
                        + "identité de site (.mdsite, .json)");
    }

    @Test
    void theMenusAskForAFileThenOpenItsScreenAndDoNothingWhenTheUserCancels() {
        MainViewModel model = model();
        files.willOpen(Path.of("affiliates.csv")).willOpen(Path.of("MissionDesk-CENTRAL-to-NAM-07.mdbatch"));

        model.importFlowFile();
        model.importBatchFile();
        model.importBatchFile();
        model.openSync();

        assertThat(shellCalls).containsExactly("flow affiliates.csv", "batch MissionDesk-CENTRAL-to-NAM-07.mdbatch",
                "sync");
    }

    @Test
    void importingABatchFromTheMenuStartsInTheFolderTheLastBatchWentTo() throws IOException {
        Path stick = folder.resolve("usb");
        Files.createDirectories(stick);
        new LastFolder(services.settings()).remember(stick.resolve("MissionDesk-NAM-07-to-CENTRAL.mdbatch"));
        MainViewModel model = model();

        model.importBatchFile();

        assertThat(files.startFolders()).containsExactly(Optional.of(stick));
    }

    @Test
    void aChosenLanguageIsRememberedAndTheWindowRebuiltInIt() {
        model().chooseLanguage(Locale.of("nl"));

        assertThat(shellCalls).containsExactly(Locale.of("nl"));
        assertThat(Preferences.load(services.settings()).language()).isEqualTo(Locale.of("nl"));
    }

    @Test
    void choosingTheCurrentLanguageDoesNothing() {
        model().chooseLanguage(Locale.FRENCH);

        assertThat(shellCalls).isEmpty();
    }

    @Test
    void aChosenThemeIsAppliedAndRemembered() {
        MainViewModel model = model();
        assertThat(model.themeProperty().get()).isEqualTo(Theme.LIGHT);

        model.chooseTheme(Theme.DARK);

        assertThat(shellCalls).containsExactly(Theme.DARK);
        assertThat(model.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(Preferences.load(services.settings()).theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void newMissionAndQuitGoThroughTheShell() {
        MainViewModel model = model();
        model.newMission();
        model.openCoordination(CoordinationScreen.DASHBOARD);
        model.quit();

        assertThat(shellCalls).containsExactly("new", CoordinationScreen.DASHBOARD, "close");
    }
}
