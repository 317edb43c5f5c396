package be.inasti.missiondesk.domain.flow;

/** What an import did: the plan it followed, and whether it was applied (not when refused or already imported). */
public record FlowReport(FlowPlan plan, boolean applied) {
    public int created() {
        return applied ? plan.changes() : 0;
    }
}
