package be.inasti.missiondesk.store;

import java.text.Normalizer;
import java.util.Map;

/**
 * A GLOB pattern that finds typed text inside a name whatever the case and accents of either side: caseworkers
 * type "lefevre" or "EMILE" for Lefèvre and Émile. SQLite's LIKE folds the case of ASCII letters only and has no
 * notion of accents, so each letter becomes the class of its variants ({@code e} and {@code É} both become
 * {@code [eéèêëEÉÈÊË]}) and GLOB compares the classes.
 */
final class NameGlob {
    /** The accented letters of French, Dutch and German names, by the letter they are written on. */
    private static final Map<Character, String> VARIANTS = Map.of(
            'a', "aàâäáãå", 'c', "cç", 'e', "eéèêë", 'i', "iîïíì", 'n', "nñ",
            'o', "oôöóòõ", 'u', "uùûüú", 'y', "yÿý");

    private NameGlob() {
    }

    static String anywhere(String typed) {
        StringBuilder glob = new StringBuilder("*");
        typed.codePoints().forEach(c -> glob.append(matching(c)));
        return glob.append('*').toString();
    }

    private static String matching(int c) {
        if (c == '*' || c == '?' || c == '[' || c == ']') {
            return "[" + Character.toString(c) + "]";  // GLOB's own characters, typed: themselves only
        }
        if (!Character.isLetter(c) || Character.isSupplementaryCodePoint(c)) {
            return Character.toString(c);
        }
        char base = Character.toLowerCase(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD).charAt(0));
        String variants = VARIANTS.getOrDefault(base, Character.toString(Character.toLowerCase((char) c)));
        StringBuilder both = new StringBuilder(variants);
        variants.chars().map(Character::toUpperCase).filter(u -> variants.indexOf(u) < 0)
                .forEach(u -> both.append((char) u));
        return both.length() == 1 ? both.toString() : "[" + both + "]";
    }
}
