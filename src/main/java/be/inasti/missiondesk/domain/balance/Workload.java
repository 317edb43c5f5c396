package be.inasti.missiondesk.domain.balance;

import java.util.List;

/** An agent's open work before balancing, weighed: the sum of his missions' weights. */
public record Workload(String agent, double load) {

    public static Workload of(String agent, List<WorkItem> items) {
        return new Workload(agent, items.stream().mapToDouble(WorkItem::weight).sum());
    }
}
