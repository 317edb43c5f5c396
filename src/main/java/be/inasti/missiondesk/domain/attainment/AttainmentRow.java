package be.inasti.missiondesk.domain.attainment;

import be.inasti.missiondesk.domain.catalogue.Labels;

/**
 * Attainment of one tier of one objective over a period: of the clocks stopped in the period, how many within
 * the tier's days, against the norm; and the open clocks already past that tier. {@code projectionPercent}
 * counts those open overdue clocks as misses. For an annual count, {@code annualTarget} is the share of the
 * yearly count due over the period and the percentage is measured against it. The objective's {@code label} is in
 * the four languages of the window, for each reader to be shown their own.
 */
public record AttainmentRow(
        String objective,
        Labels label,
        Integer tierDays,
        int normPercent,
        Integer annualTarget,
        long stopped,
        long met,
        Double attainmentPercent,
        long openOverdue,
        Double projectionPercent) {

    public boolean belowNorm() {
        return attainmentPercent != null && attainmentPercent < normPercent;
    }

    /**
     * How many points below its norm the row is, 0 when on it or with nothing to measure. An annual count is
     * measured against its pro-rata target (norm 100 %), so one measure ranks percentages and counts alike.
     */
    public double shortfall() {
        return belowNorm() ? normPercent - attainmentPercent : 0;
    }
}
