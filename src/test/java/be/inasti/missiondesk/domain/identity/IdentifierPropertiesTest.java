package be.inasti.missiondesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class IdentifierPropertiesTest {
    /** What the separators were before the loop replaced the regular expression: the loop must drop the same. */
    static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F./-]");

    @Property
    void strip_drops_the_separators_people_type_and_keeps_everything_else(
            @ForAll @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u202F', '\u2007', '.', '/', '-', '_', ',',
                    '0', '7', '9', 'a', 'é'}) @StringLength(max = 20) String typed) {
        assertThat(Digits.strip(typed)).isEqualTo(SEPARATORS.matcher(typed).replaceAll(""));
    }

    @Property
    void every_niss_built_with_check_digits_parses_back(
            @ForAll @NumericChars @StringLength(9) String nine, @ForAll boolean bornFrom2000) {
        Niss niss = Niss.withCheckDigits(nine, bornFrom2000);

        assertThat(Niss.parse(niss.formatted())).isEqualTo(niss);
        assertThat(niss.digits()).startsWith(nine).hasSize(11);
    }

    /** Mod 97 on the number's own century catches every single-digit error (97 is prime, 10^k is not 0 mod 97). */
    @Property
    void mod_97_of_its_own_century_detects_every_single_digit_change(
            @ForAll @NumericChars @StringLength(9) String nine, @ForAll boolean bornFrom2000,
            @ForAll @IntRange(min = 0, max = 10) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String altered = changeDigit(Niss.withCheckDigits(nine, bornFrom2000).digits(), position, shift);

        assertThat(checksFor(altered, bornFrom2000)).isFalse();
    }

    /**
     * The public check accepts both centuries, so the only single-digit change it lets through is the second year
     * digit moved by 6 towards the other century (2·10^9 ≡ 68 ≡ -6·10^7 mod 97). Every other one is refused.
     */
    @Property
    void changing_any_single_digit_of_a_valid_niss_is_refused_unless_it_lands_on_the_other_century(
            @ForAll @NumericChars @StringLength(9) String nine, @ForAll boolean bornFrom2000,
            @ForAll @IntRange(min = 0, max = 10) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String valid = Niss.withCheckDigits(nine, bornFrom2000).digits();
        String altered = changeDigit(valid, position, shift);
        int delta = altered.charAt(position) - valid.charAt(position);
        boolean otherCentury = position == 1 && delta == (bornFrom2000 ? 6 : -6);

        assertThat(Niss.problem(altered))
                .isEqualTo(otherCentury ? Optional.empty() : Optional.of(IdentifierProblem.CHECK_DIGITS));
    }

    @Property
    void every_bce_built_with_check_digits_parses_back(@ForAll @NumericChars @StringLength(8) String eight) {
        Bce bce = Bce.withCheckDigits(eight);

        assertThat(Bce.parse("BE " + bce.formatted())).isEqualTo(bce);
    }

    @Property
    void changing_any_single_digit_of_a_valid_bce_is_refused(
            @ForAll @NumericChars @StringLength(8) String eight,
            @ForAll @IntRange(min = 0, max = 9) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String altered = changeDigit(Bce.withCheckDigits(eight).digits(), position, shift);

        assertThat(Bce.problem(altered)).contains(IdentifierProblem.CHECK_DIGITS);
    }

    private static String changeDigit(String digits, int position, int shift) {
        char changed = (char) ('0' + (digits.charAt(position) - '0' + shift) % 10);
        return digits.substring(0, position) + changed + digits.substring(position + 1);
    }

    /** An independent oracle: the glossary's rule for one century. */
    private static boolean checksFor(String elevenDigits, boolean bornFrom2000) {
        long base = Long.parseLong(elevenDigits.substring(0, 9)) + (bornFrom2000 ? 2_000_000_000L : 0);
        return 97 - base % 97 == Long.parseLong(elevenDigits.substring(9));
    }
}
