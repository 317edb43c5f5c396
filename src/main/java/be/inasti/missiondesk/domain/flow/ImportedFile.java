package be.inasti.missiondesk.domain.flow;

import java.time.Instant;
import java.time.LocalDate;

/** A flow file once imported, known by the SHA-256 of its bytes: what it was, when, by whom, and what it gave. */
public record ImportedFile(String hash, String kind, String fileName, LocalDate receivedOn, Instant importedAt,
        String importedBy, int lines, int created, int rejected) {
}
