package be.inasti.missiondesk.domain.attainment;

/**
 * Attainment of one tier of one objective over a period: of the clocks stopped in the period, how many within
 * the tier's days, against the norm; and the open clocks already past that tier. {@code projectionPercent}
 * counts those open overdue clocks as misses. For an annual count, {@code annualTarget} is the share of the
 * yearly count due over the period and the percentage is measured against it.
 */
public record AttainmentRow(
        String objective,
        String label,
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
}
