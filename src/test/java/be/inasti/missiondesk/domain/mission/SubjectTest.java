package be.inasti.missiondesk.domain.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.domain.identity.Bce;
import be.inasti.missiondesk.domain.identity.InvalidIdentifierException;
import be.inasti.missiondesk.domain.identity.Niss;
import org.junit.jupiter.api.Test;

class SubjectTest {

    @Test
    void a_person_is_shown_with_the_formatted_niss() {
        Subject marie = Subject.person(Niss.parse("85073003328"), "Marie Dupont");

        assertThat(marie.identifier()).isEqualTo("85073003328");
        assertThat(marie.display()).isEqualTo("Marie Dupont (85.07.30-033.28)");
        assertThat(marie.maskedIdentifier()).isEqualTo("••.••.••-•••.28");
    }

    @Test
    void a_company_is_shown_with_the_formatted_bce_number() {
        Subject company = Subject.company(Bce.parse("BE 0203.201.340"), "Titres SA");

        assertThat(company.display()).isEqualTo("Titres SA (0203.201.340)");
        assertThat(company.maskedIdentifier()).isEqualTo("••••.•••.•40");
    }

    @Test
    void an_unidentified_subject_shows_only_its_name_and_a_nameless_one_only_its_number() {
        assertThat(Subject.unidentified("Inconnu").display()).isEqualTo("Inconnu");
        assertThat(Subject.person(Niss.parse("85073003328"), null).display()).isEqualTo("85.07.30-033.28");
    }

    @Test
    void stored_digits_are_checked_again_when_read_back() {
        assertThat(Subject.of(SubjectKind.PERSON, "85073003328", "Marie").kind()).isEqualTo(SubjectKind.PERSON);
        assertThatThrownBy(() -> Subject.of(SubjectKind.PERSON, "85073003329", "Marie"))
                .isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> Subject.of(SubjectKind.COMPANY, "0203201341", "SA"))
                .isInstanceOf(InvalidIdentifierException.class);
    }
}
