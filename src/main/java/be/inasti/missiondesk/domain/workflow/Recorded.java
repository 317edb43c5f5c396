package be.inasti.missiondesk.domain.workflow;

import be.inasti.missiondesk.domain.mission.Change;
import be.inasti.missiondesk.domain.mission.Mission;
import java.util.List;

/** A mission after a change, with the history rows that change must leave. */
public record Recorded(Mission mission, List<Change> changes) {
    public Recorded {
        changes = List.copyOf(changes);
    }
}
