package be.inasti.missiondesk.ui.dashboard;

/** One month of an objective-and-tier's trend: its attainment (null when no clock stopped) and its norm. */
public record TrendPoint(String month, Double percent, int norm) {
}
