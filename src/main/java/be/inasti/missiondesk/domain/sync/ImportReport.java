package be.inasti.missiondesk.domain.sync;

import be.inasti.missiondesk.domain.Explanation;
import java.util.List;

/**
 * What an import did: from whom, which stretch of their log, and how each operation went; {@code alreadyApplied}
 * when the same batch was applied before (then nothing changed). Refused operations are listed when the user
 * accepted a partial import.
 */
public record ImportReport(String source, long fromPos, long toPos, boolean alreadyApplied, int applied,
        int alreadyHeld, int keptLocal, int conflicts, List<Explanation> refused) {
}
