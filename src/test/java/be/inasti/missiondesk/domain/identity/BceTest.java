package be.inasti.missiondesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BceTest {

    @ParameterizedTest(name = "''{0}'' is read as {1}")
    @CsvSource({
            "0203.201.340,     0203201340",
            "BE 0203.201.340,  0203201340",
            "BE0203201340,     0203201340",
            "be 0203 201 340,  0203201340",
            "0203201340,       0203201340",
            "0403.449.922,     0403449922",
    })
    void a_valid_number_is_read_with_or_without_the_be_prefix(String typed, String digits) {
        assertThat(Bce.problem(typed)).isEmpty();
        assertThat(Bce.parse(typed).digits()).isEqualTo(digits);
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource({
            "0203.201.341,     CHECK_DIGITS",
            "BE 0203.210.340,  CHECK_DIGITS",
            "203.201.340,      WRONG_LENGTH",
            "0203.201.3400,    WRONG_LENGTH",
            "BE 0203.201.34O,  NOT_DIGITS",
            "FR 0203201340,    NOT_DIGITS",
            "'',               EMPTY",
            "BE,               EMPTY",
            "' BE . ',         EMPTY",
    })
    void an_invalid_number_is_refused_naming_the_field_and_the_reason(String typed, IdentifierProblem problem) {
        assertThat(Bce.problem(typed)).contains(problem);
        assertThatThrownBy(() -> Bce.parse(typed))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.field()).isEqualTo("BCE");
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.getMessage()).isEqualTo("BCE '" + typed + "': " + problem.explanation().inEnglish());
                });
    }

    @Test
    void nothing_typed_at_all_is_an_empty_bce() {
        assertThat(Bce.problem(null)).contains(IdentifierProblem.EMPTY);
    }

    @Test
    void the_constructor_keeps_only_the_digits_of_a_formatted_number() {
        Bce bce = new Bce("BE 0203.201.340");

        assertThat(bce.digits()).isEqualTo("0203201340");
        assertThat(bce).isEqualTo(Bce.parse("0203201340"));
    }

    @Test
    void the_constructor_refuses_digits_that_do_not_check() {
        assertThatThrownBy(() -> new Bce("0203201341")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void it_is_printed_in_groups_and_masked_to_its_check_digits() {
        Bce bce = Bce.parse("BE 0203.201.340");

        assertThat(bce.formatted()).isEqualTo("0203.201.340");
        assertThat(bce).hasToString("0203.201.340");
        assertThat(bce.masked()).isEqualTo("••••.•••.•40");
    }

    @Test
    void check_digits_are_97_minus_the_first_eight_digits_mod_97() {
        assertThat(Bce.withCheckDigits("02032013").digits()).isEqualTo("0203201340");
        assertThat(Bce.withCheckDigits("04034499").digits()).isEqualTo("0403449922");
    }
}
