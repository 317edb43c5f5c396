package be.inasti.missiondesk.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.inasti.missiondesk.domain.DomainException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The periods a contract neutralises objectives for, and the lines refused when loaded. */
class NeutralisationsCsvTest {
    private static final String HEADER = "code,from,to,reason\n";
    private static final Set<String> CODES = Set.of("VOB 1-01", "REK 1-01");

    private static List<Neutralisation> read(String csv) {
        return NeutralisationsCsv.read("neutralisations-test.csv", CODES, new StringReader(csv));
    }

    @Test
    void aLineGivesTheObjectiveAndItsDays() {
        assertThat(read(HEADER + "VOB 1-01,2019-07-01,2019-12-31,\"note 2, Sequoia\"\n")).containsExactly(
                new Neutralisation("VOB 1-01", LocalDate.of(2019, 7, 1), LocalDate.of(2019, 12, 31)));
    }

    @Test
    void anObjectiveTheVersionDoesNotHaveIsRefusedNamingTheFileAndTheLine() {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> read(HEADER + "VOB 1-01,2019-07-01,2019-12-31,\n" + "VOB 1-10,2019-07-01,2019-12-31,\n"));

        assertThat(refused).hasMessage("catalogue neutralisations-test.csv, line 3: objective 'VOB 1-10' is not in "
                + "this version of the catalogue");
        assertThat(refused.explanation().in(Locale.FRENCH)).contains("neutralisations-test.csv", "ligne 3",
                "l'objectif « VOB 1-10 »");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> read(HEADER + "REK 1-01,2019-03-31,2019-01-01,\n"));

        assertThat(refused).hasMessage("catalogue neutralisations-test.csv, line 2 (REK 1-01): the neutralisation "
                + "ends (2019-01-01) before it starts (2019-03-31)");
    }

    @Test
    void aDateThatIsNotOneIsRefused() {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> read(HEADER + "REK 1-01,2019-01-01,31/03/2019,\n"));

        assertThat(refused).hasMessageContaining("line 2 (REK 1-01): the column to holds '31/03/2019'");
    }
}
