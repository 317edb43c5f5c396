package be.inasti.missiondesk.domain.balance;

import java.time.LocalDate;
import java.util.UUID;

/** A mission to hand over: when its most urgent clock falls due (null: none running), and whether it is urgent. */
public record WorkItem(UUID mission, LocalDate dueOn, boolean urgent) {

    int weight() {
        return urgent ? 2 : 1;
    }
}
