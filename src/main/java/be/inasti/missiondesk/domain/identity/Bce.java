package be.inasti.missiondesk.domain.identity;

import java.util.Optional;

/** The enterprise number (BCE / KBO): 10 digits {@code 0xxx.xxx.xxx}, check = 97 - (first 8 digits mod 97). */
public record Bce(String digits) {
    public static final String FIELD = "BCE";

    public Bce {
        String typed = digits;
        problem(typed).ifPresent(p -> {
            throw new InvalidIdentifierException(FIELD, typed, p);
        });
        digits = normalize(typed); // formatted input is accepted: keep only the digits
    }

    /** Accepts {@code 0203.201.340}, {@code BE 0203201340} and the bare digits. */
    public static Bce parse(String typed) {
        problem(typed).ifPresent(p -> {
            throw new InvalidIdentifierException(FIELD, typed, p);
        });
        return new Bce(normalize(typed));
    }

    public static Optional<IdentifierProblem> problem(String typed) {
        String digits = normalize(typed);
        return Digits.problem(digits, 10).or(() -> checkDigitsProblem(digits));
    }

    private static String normalize(String typed) {
        String stripped = Digits.strip(typed);
        return stripped.regionMatches(true, 0, "BE", 0, 2) ? stripped.substring(2) : stripped;
    }

    private static Optional<IdentifierProblem> checkDigitsProblem(String digits) {
        long base = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        return Digits.mod97Check(base) == check ? Optional.empty() : Optional.of(IdentifierProblem.CHECK_DIGITS);
    }

    /** Builds a valid number from its 8 first digits, for test and demo data. */
    public static Bce withCheckDigits(String eightDigits) {
        return new Bce(eightDigits + "%02d".formatted(Digits.mod97Check(Long.parseLong(eightDigits))));
    }

    public String formatted() {
        return "%s.%s.%s".formatted(digits.substring(0, 4), digits.substring(4, 7), digits.substring(7));
    }

    public String masked() {
        return "••••.•••.•" + digits.substring(8);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
