package be.inasti.missiondesk.ui.shell;

import be.inasti.missiondesk.app.Settings;
import be.inasti.missiondesk.ui.common.Messages;
import java.util.Locale;
import java.util.Optional;

/**
 * The language and theme remembered between runs, kept in the database's settings. A theme never chosen follows the
 * desktop's light or dark preference, read when the window starts rather than stored: changed in the desktop's
 * settings, it is followed at the next start until the user picks one in the window.
 */
public record Preferences(Locale language, Optional<Theme> chosenTheme) {
    public static final String LANGUAGE = "ui.language";
    public static final String THEME = "ui.theme";

    public Preferences(Locale language, Theme theme) {
        this(language, Optional.of(theme));
    }

    /** The remembered choices, as {@link #load(Settings, Optional)} with no language asked. */
    public static Preferences load(Settings settings) {
        return load(settings, Optional.empty());
    }

    /**
     * Reads the remembered choices (database work: call it off the FX thread); French by default, {@code asked}
     * (the command line's {@code --lang}) over the remembered language.
     */
    public static Preferences load(Settings settings, Optional<Locale> asked) {
        Locale language = asked.or(() -> settings.get(LANGUAGE).map(Locale::forLanguageTag))
                .filter(l -> Messages.LANGUAGES.contains(l)).orElse(Locale.FRENCH);
        Optional<Theme> theme = settings.get(THEME).flatMap(Theme::named);
        return new Preferences(language, theme);
    }

    /** The theme chosen, else the desktop's (read on the FX thread, the platform started). */
    public Theme theme() {
        return chosenTheme.orElseGet(Theme::ofDesktop);
    }
}
