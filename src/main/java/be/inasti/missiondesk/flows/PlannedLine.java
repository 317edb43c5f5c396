package be.inasti.missiondesk.flows;

/** One valid line in a preview: what importing it does, about whom, and a detail (the reason, the joined line). */
public record PlannedLine(int line, Verdict verdict, String subject, String detail) {
}
