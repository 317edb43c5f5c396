package be.inasti.missiondesk.domain.balance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who takes which mission, and every agent's weighted load once the proposal is applied. */
public record Proposal(Map<UUID, String> assignments, Map<String, Double> loads) {
    public Proposal {
        assignments = new LinkedHashMap<>(assignments);
        loads = new LinkedHashMap<>(loads);
    }

    public List<UUID> missionsOf(String agent) {
        return assignments.entrySet().stream().filter(e -> e.getValue().equals(agent)).map(Map.Entry::getKey).toList();
    }

    public double meanLoad() {
        return loads.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double maxLoad() {
        return loads.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
