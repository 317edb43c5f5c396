package be.inasti.missiondesk.domain.balance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A mission to hand over: when its most urgent clock falls due (null: none running), whether it is urgent, and
 * its type's workload weight (Horizon 2022: a fraud inquiry is not an information request).
 */
public record WorkItem(UUID mission, LocalDate dueOn, boolean urgent, double typeWeight) {

    /** Urgent missions weigh double: they need attention sooner. */
    public double weight() {
        return urgent ? 2 * typeWeight : typeWeight;
    }
}
