package be.inasti.missiondesk.app;

/** The person using this installation, and the installation (site) itself: written on every history row. */
public record Actor(String user, String site) {
}
