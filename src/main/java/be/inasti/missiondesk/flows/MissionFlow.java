package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What differs between the flows that open missions: how a line is read, and which valid lines open none. */
interface MissionFlow {
    /** The line as a mission, or empty when the check found something wrong (the check holds why). */
    Optional<MissionLine> read(LineCheck check, ImportOptions options);

    /** Valid lines that open no mission, by key, with the reason shown in the report. */
    default Map<String, Explanation> excluded(List<MissionLine> lines) {
        return Map.of();
    }
}
