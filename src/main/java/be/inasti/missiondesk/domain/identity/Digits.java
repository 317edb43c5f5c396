package be.inasti.missiondesk.domain.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/** Shared handling of typed identifiers: separators people type are dropped, then the digits are checked. */
public final class Digits {
    /** Compiled once: stored identifiers are parsed for every mission a queue loads. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F./-]");

    private Digits() {
    }

    /** Strips spaces (no-break ones too, as pasted from documents), dots, dashes and slashes; what is left must be exactly {@code length} digits. */
    static Optional<IdentifierProblem> problem(String typed, int length) {
        String digits = strip(typed);
        if (digits.isEmpty()) {
            return Optional.of(IdentifierProblem.EMPTY);
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(IdentifierProblem.NOT_DIGITS);
        }
        if (digits.length() != length) {
            return Optional.of(IdentifierProblem.WRONG_LENGTH);
        }
        return Optional.empty();
    }

    /** The characters left once what people type between digits (spaces, dots, dashes, slashes) is dropped. */
    public static String strip(String typed) {
        return typed == null ? "" : SEPARATORS.matcher(typed).replaceAll("");
    }

    static int mod97Check(long base) {
        return (int) (97 - base % 97);
    }
}
