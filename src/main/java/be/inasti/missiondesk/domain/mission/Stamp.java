package be.inasti.missiondesk.domain.mission;

import java.time.Instant;

/** Who changes something, when, and on which installation (site): what every history row carries. */
public record Stamp(Instant at, String author, String site) {
}
