package be.inasti.missiondesk.domain.queue;

/** How many missions of a queue are in each state of their most urgent clock (on track when none runs). */
public record QueueCounts(long overdue, long atRisk, long onTrack) {
    public static final QueueCounts NONE = new QueueCounts(0, 0, 0);

    public long total() {
        return overdue + atRisk + onTrack;
    }
}
