package be.inasti.missiondesk.domain.attainment;

import be.inasti.missiondesk.domain.catalogue.Labels;

/**
 * Attainment of one tier of one objective over a period ({@code tierDays}, or {@code tierMonths} for a deadline
 * counted in months, or neither for a fixed date or an annual count): of the clocks stopped in the period, how many within
 * the tier's days, against the norm; and the clocks not stopped by the period's end (or today, if sooner) that were
 * past that tier by then. {@code projectionPercent} counts those as misses. For an annual count,
 * {@code annualTarget} is the share of the yearly count due over the period and the percentage is measured
 * against it. The objective's {@code label} is in
 * the four languages of the window, for each reader to be shown their own. A {@code neutralised} row is one the
 * contract does not measure over the period: its counts are kept, but it is never below its norm and is shown as
 * neutralised instead of a percentage.
 */
public record AttainmentRow(
        String objective,
        Labels label,
        Integer tierDays,
        Integer tierMonths,
        int normPercent,
        Integer annualTarget,
        long stopped,
        long met,
        Double attainmentPercent,
        long openOverdue,
        Double projectionPercent,
        boolean neutralised) {

    public boolean belowNorm() {
        return !neutralised && attainmentPercent != null && attainmentPercent < normPercent;
    }

    /**
     * How many points below its norm the row is, 0 when on it or with nothing to measure. An annual count is
     * measured against its pro-rata target (norm 100 %), so one measure ranks percentages and counts alike.
     */
    public double shortfall() {
        return belowNorm() ? normPercent - attainmentPercent : 0;
    }
}
