package be.inasti.missiondesk.domain.identity;

import java.util.Optional;

/** Shared handling of typed identifiers: separators people type are dropped, then the digits are checked. */
public final class Digits {
    private Digits() {
    }

    /** Strips spaces (no-break ones too, as pasted from documents), dots, dashes and slashes; what is left must be exactly {@code length} digits. */
    static Optional<IdentifierProblem> problem(String typed, int length) {
        String digits = strip(typed);
        if (digits.isEmpty()) {
            return Optional.of(IdentifierProblem.EMPTY);
        }
        if (!allDigits(digits)) {
            return Optional.of(IdentifierProblem.NOT_DIGITS);
        }
        if (digits.length() != length) {
            return Optional.of(IdentifierProblem.WRONG_LENGTH);
        }
        return Optional.empty();
    }

    /**
     * The characters left once what people type between digits (spaces, dots, dashes, slashes) is dropped. A loop,
     * not a regular expression: stored identifiers, which have nothing to drop, are parsed for every mission a queue
     * loads, and the matcher was a tenth of what that load allocated.
     */
    public static String strip(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (!separator(c)) {
                kept.append(c);
            }
        }
        return kept.length() == typed.length() ? typed : kept.toString();
    }

    /** Java's {@code \s} (ASCII white space), the no-break spaces pasted from documents, dots, slashes, dashes. */
    private static boolean separator(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u202F', '.', '/', '-' -> true;
            default -> false;
        };
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static int mod97Check(long base) {
        return (int) (97 - base % 97);
    }
}
