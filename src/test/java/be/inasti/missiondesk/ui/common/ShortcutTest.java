package be.inasti.missiondesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Menus show shortcuts in the user's words: "Échap", not "Escape"; and they still answer the same keys. */
class ShortcutTest {

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Esc|fr|Échap", "Esc|nl|Esc", "Shortcut+Shift+S|fr|Ctrl+Maj+S", "Shortcut+Shift+S|de|Strg+Umschalt+S",
        "Shortcut+Comma|nl|Ctrl+,", "F5|de|F5", "Shortcut+Shift+0|en|Ctrl+Shift+0"})
    void aShortcutIsShownInTheWindowsLanguage(String spec, String language, String shown) {
        assertThat(Shortcut.of(spec, new Messages(Locale.of(language))).getDisplayText()).isEqualTo(shown);
    }

    @Test
    void itMatchesTheKeysItNamesAndNoOthers() {
        Shortcut sync = Shortcut.of("Shortcut+Shift+S", new Messages(Locale.FRENCH));

        assertThat(sync.match(press(KeyCode.S, true, true))).isTrue();
        assertThat(sync.match(press(KeyCode.S, false, true))).isFalse();
        assertThat(sync.match(press(KeyCode.D, true, true))).isFalse();
    }

    @Test
    void twoShortcutsForTheSameKeysAreEqualWhateverTheirLanguageSoASceneHoldsOne() {
        assertThat(Shortcut.of("Esc", new Messages(Locale.FRENCH)))
                .isEqualTo(Shortcut.of("Esc", new Messages(Locale.GERMAN)))
                .hasSameHashCodeAs(Shortcut.of("Esc", new Messages(Locale.GERMAN)))
                .isNotEqualTo(Shortcut.of("F5", new Messages(Locale.FRENCH)));
    }

    private static KeyEvent press(KeyCode code, boolean shift, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false);
    }
}
