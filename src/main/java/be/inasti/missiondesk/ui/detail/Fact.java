package be.inasti.missiondesk.ui.detail;

/** A labelled value in the detail's header (subject, identifier, source, notes…). */
public record Fact(String id, String label, String value) {
}
