package be.inasti.missiondesk.domain.queue;

import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import java.util.HashMap;
import java.util.Map;

/**
 * One agent's open missions counted: how many, how many whose most urgent open clock is overdue or at risk, due
 * within {@link #WEEK} or {@link #MONTH} days (today included), and how many of each type (types with none left out).
 */
public record AgentCounts(Office office, String assignee, int open, int overdue, int atRisk, int dueIn7,
        int dueIn30, Map<MissionType, Integer> byType) {
    public static final int WEEK = 7;
    public static final int MONTH = 30;

    public AgentCounts {
        byType = Map.copyOf(byType);
    }

    /** The same agent's counts added up: missions of another type, or another page of the same query. */
    public AgentCounts plus(AgentCounts other) {
        Map<MissionType, Integer> types = new HashMap<>(byType);
        other.byType.forEach((type, n) -> types.merge(type, n, Integer::sum));
        return new AgentCounts(office, assignee, open + other.open, overdue + other.overdue, atRisk + other.atRisk,
                dueIn7 + other.dueIn7, dueIn30 + other.dueIn30, types);
    }
}
