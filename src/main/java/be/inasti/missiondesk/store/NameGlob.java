package be.inasti.missiondesk.store;

import java.text.Normalizer;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A GLOB pattern that finds typed text inside a name whatever the case and accents of either side: caseworkers
 * type "lefevre" or "EMILE" for Lefèvre and Émile. SQLite's LIKE folds the case of ASCII letters only and has no
 * notion of accents, so each letter becomes the class of its variants ({@code e} and {@code É} both become
 * {@code [eéèêëEÉÈÊË]}) and GLOB compares the classes. PostgreSQL gets the same classes in a regular expression
 * ({@code ~}): its {@code unaccent} is an extension a server may not have, and the answers stay the same on both.
 */
final class NameGlob {
    /** The accented letters of French, Dutch and German names, by the letter they are written on. */
    private static final Map<Character, String> VARIANTS = Map.of(
            'a', "aàâäáãå", 'c', "cç", 'e', "eéèêë", 'i', "iîïíì", 'n', "nñ",
            'o', "oôöóòõ", 'u', "uùûüú", 'y', "yÿý");

    private NameGlob() {
    }

    static String anywhere(String typed) {
        return "*" + pattern(typed, NameGlob::globLiteral) + "*";
    }

    /** The same as a PostgreSQL regular expression, which finds a match anywhere unless anchored. */
    static String regex(String typed) {
        return pattern(typed, NameGlob::regexLiteral);
    }

    private static String pattern(String typed, IntFunction<String> literal) {
        StringBuilder pattern = new StringBuilder();
        typed.codePoints().forEach(c -> pattern.append(
                Character.isLetter(c) && !Character.isSupplementaryCodePoint(c) ? letter(c) : literal.apply(c)));
        return pattern.toString();
    }

    private static String globLiteral(int c) {
        return c == '*' || c == '?' || c == '[' || c == ']'
                ? "[" + Character.toString(c) + "]"  // GLOB's own characters, typed: themselves only
                : Character.toString(c);
    }

    /** A backslash before any character that is no letter or digit makes it itself in PostgreSQL's expressions. */
    private static String regexLiteral(int c) {
        return Character.isLetterOrDigit(c) || Character.isWhitespace(c) || c > 0x7F
                ? Character.toString(c) : "\\" + Character.toString(c);
    }

    private static String letter(int c) {
        char base = Character.toLowerCase(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD).charAt(0));
        String variants = VARIANTS.getOrDefault(base, Character.toString(Character.toLowerCase((char) c)));
        StringBuilder both = new StringBuilder(variants);
        variants.chars().map(Character::toUpperCase).filter(u -> variants.indexOf(u) < 0)
                .forEach(u -> both.append((char) u));
        return both.length() == 1 ? both.toString() : "[" + both + "]";
    }
}
