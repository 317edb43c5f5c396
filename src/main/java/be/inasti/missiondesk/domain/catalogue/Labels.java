package be.inasti.missiondesk.domain.catalogue;

import java.util.Locale;
import java.util.Objects;

/**
 * An objective's label in the window's four languages, as the catalogue gives it (columns {@code label_fr},
 * {@code label_nl}, {@code label_de}, {@code label_en}). French, the contract's language, stands for any other.
 */
public record Labels(String fr, String nl, String de, String en) {
    public Labels {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(de, "de");
        Objects.requireNonNull(en, "en");
    }

    /** The label in {@code locale}'s language; French for a language the catalogue does not have. */
    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nl" -> nl;
            case "de" -> de;
            case "en" -> en;
            default -> fr;
        };
    }
}
