package be.inasti.missiondesk.domain.mission;

import java.time.Instant;

/** A history row as read back: a change with who made it, when, and on which installation. */
public record HistoryEntry(Instant at, String author, String site, Change change) {
}
