package be.inasti.missiondesk.domain.sync;

import java.time.Instant;

/**
 * What this installation knows of its exchanges with another site: how far its own log was exported there and
 * acknowledged as held, and how far the other site's log was applied here.
 */
public record Partner(Site site, long exportedPos, long acknowledgedPos, long appliedPos, Instant lastExportAt,
        Instant lastImportAt) {
}
