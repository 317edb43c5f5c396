package be.inasti.missiondesk.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A key combination that menus and tooltips show in the user's language ("Ctrl+Maj+S", "Échap", "Strg+,") where
 * JavaFX shows English key names ("Shift", "Escape", "Comma"); it matches keys exactly as JavaFX's own does.
 */
public final class Shortcut extends KeyCombination {
    private final KeyCodeCombination keys;
    private final String text;

    private Shortcut(KeyCodeCombination keys, String text) {
        super(keys.getShift(), keys.getControl(), keys.getAlt(), keys.getMeta(), keys.getShortcut());
        this.keys = keys;
        this.text = text;
    }

    /** @param spec JavaFX's own notation, {@code "Shortcut+Shift+S"}, {@code "Esc"} */
    public static Shortcut of(String spec, Messages messages) {
        return of((KeyCodeCombination) KeyCombination.keyCombination(spec), messages);
    }

    public static Shortcut of(KeyCodeCombination keys, Messages messages) {
        StringBuilder text = new StringBuilder();
        // The order JavaFX uses on Windows and Linux, where the institute's desks run.
        append(text, keys.getControl() == ModifierValue.DOWN || keys.getShortcut() == ModifierValue.DOWN,
                messages.get("key.ctrl"));
        append(text, keys.getAlt() == ModifierValue.DOWN, messages.get("key.alt"));
        append(text, keys.getShift() == ModifierValue.DOWN, messages.get("key.shift"));
        return new Shortcut(keys, text + keyName(keys.getCode(), messages));
    }

    private static void append(StringBuilder text, boolean down, String modifier) {
        if (down) {
            text.append(modifier).append('+');
        }
    }

    /** A key the bundles name ({@code key.ESCAPE}); letters, digits and F-keys as JavaFX writes them. */
    private static String keyName(KeyCode code, Messages messages) {
        return messages.getOr("key." + code.name(), new KeyCodeCombination(code).getDisplayText());
    }

    @Override
    public boolean match(KeyEvent event) {
        return keys.match(event);
    }

    @Override
    public String getDisplayText() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Shortcut shortcut && keys.equals(shortcut.keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
