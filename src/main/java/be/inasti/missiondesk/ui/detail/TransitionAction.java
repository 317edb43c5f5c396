package be.inasti.missiondesk.ui.detail;

/**
 * A transition the workflow allows now, as a button: the event to fire, its label, what outcome it records, and
 * whether the caseworker must say why.
 */
public record TransitionAction(String event, String label, String outcome, boolean needsComment) {
}
