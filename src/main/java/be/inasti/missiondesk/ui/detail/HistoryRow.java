package be.inasti.missiondesk.ui.detail;

/** One line of the history timeline: when, who (and on which installation), what changed. */
public record HistoryRow(String when, String who, String what) {
}
