package be.inasti.missiondesk.domain.sync;

import java.time.Instant;

/** Two sites changed the same field concurrently: the value kept, the value that lost, who and when. */
public record Conflict(long id, String entity, String entityId, String missionId, String field, String keptValue,
        String keptOrigin, String keptAuthor, String lostValue, String lostOrigin, String lostAuthor,
        Instant detectedAt, String resolution) {
}
