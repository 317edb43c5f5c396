package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.mission.MissionType;
import java.util.Map;

/**
 * One agent's open work: how much, how urgent, how soon due, of which types, and its {@code load}: the missions
 * weighed by their type's workload weight (an information request weighs 1).
 */
public record TeamRow(Agent agent, int open, int overdue, int atRisk, int dueIn7, int dueIn30,
        Map<MissionType, Integer> byType, double load) {
    public TeamRow {
        byType = Map.copyOf(byType);
    }
}
