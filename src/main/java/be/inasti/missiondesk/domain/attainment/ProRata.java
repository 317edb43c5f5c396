package be.inasti.missiondesk.domain.attainment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * What a yearly count (ECL 1-01: 600 suspect situations a year) is due over a period. The contract counts by the
 * month, so each whole month is a twelfth of the year whatever its length: a quarter owes 150 of 600, January to
 * June 300. A month the period covers only in part owes its share of that month's days.
 */
public final class ProRata {
    private ProRata() {
    }

    /** The count due over [from, to], rounded to a whole one and never under 1 (a target of 0 measures nothing). */
    public static int due(int perYear, LocalDate from, LocalDate to) {
        Attainment.checkPeriod(from, to);
        return (int) Math.max(1, Math.round(perYear * months(from, to) / 12));
    }

    /** Months in [from, to]: whole months count 1, a part of a month its days over the month's length. */
    static double months(LocalDate from, LocalDate to) {
        double months = 0;
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate first = from.isAfter(m.atDay(1)) ? from : m.atDay(1);
            LocalDate last = to.isBefore(m.atEndOfMonth()) ? to : m.atEndOfMonth();
            months += (ChronoUnit.DAYS.between(first, last) + 1) / (double) m.lengthOfMonth();
        }
        return months;
    }
}
