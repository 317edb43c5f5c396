package be.inasti.missiondesk.domain.catalogue;

/** One norm on a clock: {@code normPercent} % of cases within {@code days} calendar days. */
public record Tier(int days, int normPercent) {
    public Tier {
        if (days <= 0 || normPercent <= 0 || normPercent > 100) {
            throw new IllegalArgumentException("tier " + days + " days at " + normPercent + " %");
        }
    }
}
