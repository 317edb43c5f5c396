package be.inasti.missiondesk.domain.attainment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a yearly count (ECL 1-01: 600 suspect situations a year) is due over a period. The contract counts by the
 * month, so each whole month is a twelfth of the year whatever its length: a quarter owes 150 of 600, January to
 * June 300, and any twelve months in a row (15 February to 14 February included) the whole 600. Months are counted
 * from the period's first day; what is left over is that share of the month that would have followed.
 */
public final class ProRata {
    private ProRata() {
    }

    /** The count due over [from, to], rounded to a whole one and never under 1 (a target of 0 measures nothing). */
    public static int due(int perYear, LocalDate from, LocalDate to) {
        Attainment.checkPeriod(from, to);
        return (int) Math.max(1, Math.round(perYear * months(from, to) / 12));
    }

    /**
     * Months in [from, to]: the whole months from {@code from}, then the days left over as a share of the next
     * month from there (16 to 30 April: 15 days of the 30 from 16 April to 16 May, half a month).
     */
    static double months(LocalDate from, LocalDate to) {
        LocalDate end = to.plusDays(1);
        long whole = ChronoUnit.MONTHS.between(from, end);
        LocalDate afterWhole = from.plusMonths(whole);
        long nextMonthDays = ChronoUnit.DAYS.between(afterWhole, from.plusMonths(whole + 1));
        return whole + ChronoUnit.DAYS.between(afterWhole, end) / (double) nextMonthDays;
    }
}
