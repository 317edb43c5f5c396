package be.inasti.missiondesk.flows.csv;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Header names as people retype them: {@code Date de naissance}, {@code date_naissance} and {@code DATE-NAISSANCE}
 * are different spellings; only case, accents, spaces and dashes are forgiven, not other words.
 */
public final class ColumnNames {
    private ColumnNames() {
    }

    public static String normalize(String header) {
        String noAccents = Normalizer.normalize(header.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
