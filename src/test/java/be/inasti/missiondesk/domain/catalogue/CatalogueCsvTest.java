package be.inasti.missiondesk.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.inasti.missiondesk.domain.DomainException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The loader reads an objective's four labels, and refuses a file where one is missing. */
class CatalogueCsvTest {
    private static final String HEADER = "code,key_task,service,label_fr,label_nl,label_de,label_en,kind,days,"
            + "months,norm_percent,annual_count,fixed_date,counts_from,clock_start,clock_stop,mission_type\n";
    private static final String INFO = "CNH 5-01,CNH 5,CNH,Demandes d'information,Informatieaanvragen,"
            + "Informationsanfragen,Requests for information,DAYS,30,,95,,,,request received,answer sent,"
            + "INFO_REQUEST\n";

    private static CatalogueVersion read(String csv) {
        return CatalogueCsv.read("test", "objectives-test.csv", LocalDate.of(2019, 1, 1), new StringReader(csv));
    }

    @Test
    void theFourLabelsOfARowAreRead() {
        Labels labels = read(HEADER + INFO).objective("CNH 5-01").orElseThrow().label();

        assertThat(labels).isEqualTo(new Labels("Demandes d'information", "Informatieaanvragen",
                "Informationsanfragen", "Requests for information"));
    }

    @Test
    void aBlankGermanLabelIsRefusedNamingTheFileTheLineTheObjectiveAndTheColumn() {
        String blankGerman = "CNH 4-01,CNH 4,CNH,Titres-services après accouchement: décision sur le droit,"
                + "Dienstencheques na bevalling: beslissing over het recht, ,"
                + "Service vouchers after childbirth: decision on entitlement,DAYS,20,,95,,,,births received,"
                + "decision taken,TITRES_SERVICES\n";

        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> read(HEADER + INFO + "\n" + blankGerman));

        assertThat(refused).hasMessage("catalogue objectives-test.csv, line 4 (CNH 4-01): the column label_de is "
                + "empty; every objective needs its label in French, Dutch, German and English");
        assertThat(refused.explanation().in(Locale.of("nl"))).contains("objectives-test.csv", "regel 4", "CNH 4-01",
                "label_de");
    }

    @Test
    void aRowThatStopsBeforeItsLabelsIsRefusedNamingTheFirstMissingOne() {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> read(HEADER + "STA 1-01,STA 1,STA,Mise à disposition de l'information statistique\n"));

        assertThat(refused).hasMessageContaining("line 2 (STA 1-01): the column label_nl is empty");
    }

    @Test
    void aCountsFromThatIsNotADateIsRefusedNamingTheFileAndTheLine() {
        String denunciations = "ECL 4-01,ECL 4,ECL,Dénonciations,Meldingen,Anzeigen,Denunciations,DAYS,180,,80,,,"
                + "2019-13-01,denunciation received,closed,ECL_DENUNCIATION\n";

        DomainException refused = catchThrowableOfType(DomainException.class, () -> read(HEADER + denunciations));

        assertThat(refused).hasMessage("catalogue objectives-test.csv, line 2 (ECL 4-01): the column counts_from "
                + "holds '2019-13-01', not a date (YYYY-MM-DD)");
    }

    @Test
    void aMonthsObjectiveIsDueThatManyMonthsAfterItsStart() {
        String reminders = "P2P 1-02,P2P 1,P2P,Rappels,Herinneringen,Mahnungen,Reminders,MONTHS,,4,90,,,,"
                + "late receipt,reminder sent,\n";

        Objective objective = read(HEADER + reminders).objective("P2P 1-02").orElseThrow();

        assertThat(objective.dueDates(LocalDate.of(2019, 10, 31))).containsExactly(LocalDate.of(2020, 2, 29));
        assertThat(objective.norms()).containsExactly(90);
    }
}
