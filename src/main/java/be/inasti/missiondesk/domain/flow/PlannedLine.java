package be.inasti.missiondesk.domain.flow;

import be.inasti.missiondesk.domain.Explanation;

/** One valid line in a preview: what importing it does, about whom, and a detail (the reason, the joined line). */
public record PlannedLine(int line, Verdict verdict, String subject, Explanation detail) {
}
