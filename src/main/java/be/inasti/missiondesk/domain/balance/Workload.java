package be.inasti.missiondesk.domain.balance;

/** An agent's open work before balancing: how many missions, and how many of them are urgent (at risk or late). */
public record Workload(String agent, int open, int urgent) {

    /** Urgent missions weigh double: they need attention sooner. */
    public int weight() {
        return open + urgent;
    }
}
