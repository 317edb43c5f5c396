package be.inasti.missiondesk.domain.balance;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Spreads an absent agent's missions over chosen colleagues, urgent ones first: each mission, most urgent first,
 * goes to the colleague whose weighted load (each open mission by its type's weight, urgent ones counting double)
 * is then the lowest. So
 * urgent work is spread before the rest, and no colleague ends above the others by more than one mission's
 * weight unless he was already above them before.
 */
public final class Balancer {
    private static final Comparator<WorkItem> MOST_URGENT_FIRST = Comparator
            .comparing(WorkItem::urgent).reversed()
            .thenComparing(WorkItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::mission);

    public Proposal propose(List<WorkItem> items, List<Workload> colleagues) {
        if (colleagues.isEmpty()) {
            throw new IllegalArgumentException("choose at least one colleague to take the work");
        }
        Map<String, Double> loads = new LinkedHashMap<>();
        colleagues.forEach(w -> loads.put(w.agent(), w.load()));
        Map<UUID, String> assignments = new LinkedHashMap<>();
        for (WorkItem item : items.stream().sorted(MOST_URGENT_FIRST).toList()) {
            String agent = leastLoaded(loads);
            assignments.put(item.mission(), agent);
            loads.merge(agent, item.weight(), Double::sum);
        }
        return new Proposal(assignments, loads);
    }

    /** Ties go to the colleague listed first, so the same input always gives the same proposal. */
    private static String leastLoaded(Map<String, Double> loads) {
        String best = null;
        for (Map.Entry<String, Double> e : loads.entrySet()) {
            if (best == null || e.getValue() < loads.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
