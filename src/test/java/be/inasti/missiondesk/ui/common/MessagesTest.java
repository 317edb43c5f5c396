package be.inasti.missiondesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.store.StoreException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A failure reaches the window in the window's language when it can say what went wrong, and as thrown otherwise. */
class MessagesTest {
    @Test
    void aRefusalIsSaidInTheWindowsLanguageNotInTheEnglishOfItsMessage() {
        DomainException refused = new DomainException("mission.idAmbiguous", "3f2a");

        assertThat(new Messages(Locale.of("nl")).explain(refused))
                .isEqualTo("meer dan één opdrachtnummer begint met 3f2a: geef meer tekens op");
        assertThat(new Messages(Locale.FRENCH).explain(refused)).contains("3f2a").isNotEqualTo(refused.getMessage());
        assertThat(refused.getMessage()).isEqualTo("more than one mission id starts with 3f2a: give more characters");
    }

    @Test
    void aStoreFailureIsSaidInTheWindowsLanguageWithTheFileItNames() {
        StoreException full = new StoreException(null, "database.diskFull", Path.of("missions.db"));

        assertThat(new Messages(Locale.GERMAN).explain(full)).contains("missions.db").doesNotContain("disk", "disque");
    }

    @Test
    void aFailureThatCannotExplainItselfIsShownAsThrown() {
        assertThat(new Messages(Locale.FRENCH).explain(new IllegalStateException("index corrompu")))
                .isEqualTo("index corrompu");
    }

    @Test
    void anExplanationNamingAnotherIsSaidWhollyInOneLanguage() {
        Explanation required = Explanation.of("field.required", Explanation.of("field.assignee"));

        assertThat(new Messages(Locale.FRENCH).say(required)).isEqualTo("l'agent est obligatoire");
    }
}
