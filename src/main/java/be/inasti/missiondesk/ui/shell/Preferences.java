package be.inasti.missiondesk.ui.shell;

import be.inasti.missiondesk.app.Settings;
import be.inasti.missiondesk.ui.common.Messages;
import java.util.Locale;

/** The language and theme remembered between runs, kept in the database's settings. */
public record Preferences(Locale language, Theme theme) {
    public static final String LANGUAGE = "ui.language";
    public static final String THEME = "ui.theme";

    /** Reads the remembered choices (database work: call it off the FX thread); French and light by default. */
    public static Preferences load(Settings settings) {
        Locale language = settings.get(LANGUAGE).map(Locale::forLanguageTag)
                .filter(l -> Messages.LANGUAGES.contains(l)).orElse(Locale.FRENCH);
        Theme theme = settings.get(THEME).filter(t -> t.equals(Theme.DARK.name())).map(Theme::valueOf)
                .orElse(Theme.LIGHT);
        return new Preferences(language, theme);
    }
}
