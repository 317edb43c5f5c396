package be.inasti.missiondesk.ui.balance;

/** A colleague's weighted load before the proposal and as the preview stands now. */
public record Load(String login, double before, double after) {
}
