package be.inasti.missiondesk.domain.identity;

import java.util.Optional;

/**
 * The national social-security number: 11 digits {@code YYMMDDxxxcc} where {@code cc = 97 - (first 9 digits mod
 * 97)}, or, for people born from 2000, the same computed on the 9 digits prefixed with {@code 2}.
 */
public record Niss(String digits) {
    public static final String FIELD = "NISS";

    public Niss {
        String typed = digits;
        problem(typed).ifPresent(p -> {
            throw new InvalidIdentifierException(FIELD, typed, p);
        });
        digits = Digits.strip(typed); // formatted input is accepted: keep only the digits
    }

    /** Accepts what people type: {@code 85.07.30-033.28}, {@code 85073003328}. */
    public static Niss parse(String typed) {
        problem(typed).ifPresent(p -> {
            throw new InvalidIdentifierException(FIELD, typed, p);
        });
        return new Niss(Digits.strip(typed));
    }

    /** What is wrong with a typed NISS, if anything: for validation as the user types. */
    public static Optional<IdentifierProblem> problem(String typed) {
        return Digits.problem(typed, 11).or(() -> checkDigitsProblem(Digits.strip(typed)));
    }

    private static Optional<IdentifierProblem> checkDigitsProblem(String digits) {
        long base = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9));
        boolean bornBefore2000 = Digits.mod97Check(base) == check;
        boolean bornFrom2000 = Digits.mod97Check(2_000_000_000L + base) == check;
        return bornBefore2000 || bornFrom2000 ? Optional.empty() : Optional.of(IdentifierProblem.CHECK_DIGITS);
    }

    /** Builds a valid NISS from its 9 first digits, for test and demo data. */
    public static Niss withCheckDigits(String nineDigits, boolean bornFrom2000) {
        long base = Long.parseLong(nineDigits) + (bornFrom2000 ? 2_000_000_000L : 0);
        return new Niss(nineDigits + "%02d".formatted(Digits.mod97Check(base)));
    }

    /** The way it is printed on Belgian documents: {@code 85.07.30-033.28}. */
    public String formatted() {
        return "%s.%s.%s-%s.%s".formatted(digits.substring(0, 2), digits.substring(2, 4), digits.substring(4, 6),
                digits.substring(6, 9), digits.substring(9));
    }

    /** Only the check digits shown, for lists seen over a shoulder. */
    public String masked() {
        return "••.••.••-•••." + digits.substring(9);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
