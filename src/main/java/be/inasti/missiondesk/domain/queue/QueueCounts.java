package be.inasti.missiondesk.domain.queue;

/** How many missions of a queue are in each state of their most urgent clock (on track when none runs). */
public record QueueCounts(long overdue, long atRisk, long onTrack) {
    public long total() {
        return overdue + atRisk + onTrack;
    }
}
