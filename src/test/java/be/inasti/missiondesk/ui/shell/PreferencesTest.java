package be.inasti.missiondesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.ui.common.DeskFixture;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.ColorScheme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {
    @TempDir
    Path folder;

    private Services services;

    @BeforeEach
    void open() {
        services = TestServices.open(folder, DeskFixture.TODAY);
    }

    @Test
    void aFirstStartHasFrenchAndNoThemeChosenSoTheDesktopsPreferenceIsFollowed() {
        Preferences first = Preferences.load(services.settings());

        assertThat(first.language()).isEqualTo(Locale.FRENCH);
        assertThat(first.chosenTheme()).isEmpty();
    }

    @Test
    void aChosenThemeAndLanguageAreReadBack() {
        services.settings().put(Preferences.THEME, "DARK");
        services.settings().put(Preferences.LANGUAGE, "nl");

        assertThat(Preferences.load(services.settings()))
                .isEqualTo(new Preferences(Locale.of("nl"), Optional.of(Theme.DARK)));
    }

    @Test
    void aLanguageAskedOnTheCommandLineWinsOverTheRememberedOneWithoutReplacingIt() {
        services.settings().put(Preferences.LANGUAGE, "nl");

        assertThat(Preferences.load(services.settings(), Optional.of(Locale.GERMAN)).language())
                .isEqualTo(Locale.GERMAN);
        assertThat(Preferences.load(services.settings()).language()).isEqualTo(Locale.of("nl"));
    }

    @Test
    void aStoredValueNoThemeHasIsNoChoice() {
        services.settings().put(Preferences.THEME, "PURPLE");

        assertThat(Preferences.load(services.settings()).chosenTheme()).isEmpty();
    }

    @Test
    void aDarkDesktopGivesTheDarkThemeAndALightOneTheLightTheme() {
        assertThat(Theme.of(ColorScheme.DARK)).isEqualTo(Theme.DARK);
        assertThat(Theme.of(ColorScheme.LIGHT)).isEqualTo(Theme.LIGHT);
    }
}
