package be.inasti.missiondesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.ui.DeskFixture;
import be.inasti.missiondesk.ui.Messages;
import be.inasti.missiondesk.ui.Preferences;
import be.inasti.missiondesk.ui.TaskRunner;
import be.inasti.missiondesk.ui.Theme;
import be.inasti.missiondesk.ui.coordination.CoordinationScreen;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    };

    @BeforeEach
    void open() {
        services = TestServices.open(folder, DeskFixture.TODAY);
    }

    private MainViewModel model() {
        return new MainViewModel(services.database().file(), services.settings(), TaskRunner.direct(),
                new Messages(Locale.FRENCH), TestServices.BRUSSELS, Preferences.load(services.settings()), shell);
    }

    @Test
    void theStatusBarReadsTheSyncSettings() {
        MainViewModel model = model();
        model.refreshStatus();
        assertThat(model.databaseTextProperty().get()).isEqualTo("Base de données : " + services.database().file());
        assertThat(model.pendingTextProperty().get()).isEqualTo("Modifications locales non exportées : 0");
        assertThat(model.exportTextProperty().get()).isEqualTo("Dernier export : jamais");

        services.settings().put(MainViewModel.PENDING_CHANGES, "1250");
        services.settings().put(MainViewModel.LAST_EXPORT, "2026-11-20T16:05:00Z");
        model.refreshStatus();

        assertThat(model.pendingTextProperty().get().replace('\u202f', ' ').replace('\u00a0', ' '))
                .isEqualTo("Modifications locales non exportées : 1 250");
        assertThat(model.exportTextProperty().get()).isEqualTo("Dernier export : 20 nov. 2026 17:05");
        assertThat(model.importTextProperty().get()).isEqualTo("Dernier import : jamais");
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
