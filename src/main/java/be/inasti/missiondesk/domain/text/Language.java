package be.inasti.missiondesk.domain.text;

import be.inasti.missiondesk.domain.DomainException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The four languages MissionDesk speaks: French (the contract's, and the default), Dutch, German and English. One
 * list for the window's menu, the reports and the command line's {@code --lang}.
 */
public enum Language {
    FR, NL, DE, EN;

    /** The tags a user types, in the order the menu shows them. */
    public static final List<String> TAGS = Arrays.stream(values()).map(Language::tag).toList();

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.of(tag());
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    /** {@code fr}, {@code nl}, {@code de} or {@code en}; anything else is refused, naming the four. */
    public static Language parse(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag().equalsIgnoreCase(tag.strip())).findFirst()
                .orElseThrow(() -> new DomainException("language.unknown", tag, String.join(", ", TAGS)));
    }

    /** Whether {@code locale}'s language is one of the four. */
    public static boolean speaks(Locale locale) {
        return TAGS.contains(locale.getLanguage());
    }
}
