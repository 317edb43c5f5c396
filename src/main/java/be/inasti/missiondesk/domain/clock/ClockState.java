package be.inasti.missiondesk.domain.clock;

/** Where a deadline clock stands, judged on its first tier. */
public enum ClockState {
    ON_TRACK, AT_RISK, OVERDUE, MET, MISSED,
    /** Closed without counting: the step it measures turned out not to apply (an AFA person never contacted). */
    CANCELLED;

    public boolean isOpen() {
        return this == ON_TRACK || this == AT_RISK || this == OVERDUE;
    }
}
