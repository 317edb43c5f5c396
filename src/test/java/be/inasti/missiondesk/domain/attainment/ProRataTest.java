package be.inasti.missiondesk.domain.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.domain.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The share of a yearly count due over a period, each figure worked out by hand in its comment. */
class ProRataTest {

    @ParameterizedTest(name = "{1} to {2}: {3} of {0} a year")
    @CsvSource({
            "600, 2026-01-01, 2026-03-31, 150",  // 600 x 3/12
            "600, 2026-07-01, 2026-09-30, 150",  // a 92-day quarter owes what a 90-day one does
            "600, 2026-01-01, 2026-06-30, 300",  // 600 x 6/12
            "600, 2026-01-01, 2026-02-15, 77",   // January + 15/28 of February: 600 x 1.536/12 = 76.8
            "600, 2026-01-01, 2026-12-03, 555",  // 11 months + 3/31 of December: 600 x 11.097/12 = 554.8
            "600, 2025-11-01, 2026-02-28, 200",  // across the new year: 4 months
            "600, 2026-03-10, 2026-03-10, 2",    // one day of March: 50 / 31 = 1.6
            "12, 2026-03-10, 2026-03-10, 1",     // 1 / 31 rounds to 0, but a target is never under 1
            "600, 2019-07-01, 2020-06-30, 600",  // twelve months across two calendar years
            "600, 2019-02-15, 2020-02-14, 600",  // twelve months from mid-February: not 11.98 of them
            "600, 2019-10-01, 2019-12-31, 150",  // a quarter
            "600, 2026-01-20, 2026-02-10, 35",   // 22 days of the 31 from 20 January to 20 February: 50 x 22/31 = 35.48
    })
    void aYearlyCountIsDueMonthByMonth(int perYear, LocalDate from, LocalDate to, int due) {
        assertThat(ProRata.due(perYear, from, to)).isEqualTo(due);
    }

    @Test
    void aPartOfAMonthCountsItsShareOfThatMonthsDays() {
        assertThat(ProRata.months(LocalDate.of(2026, 4, 16), LocalDate.of(2026, 4, 30))).isEqualTo(0.5);
    }

    @Test
    void aReversedPeriodIsRefused() {
        assertThatThrownBy(() -> ProRata.due(600, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(DomainException.class);
    }
}
