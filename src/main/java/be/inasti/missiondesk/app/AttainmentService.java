package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.attainment.Attainment;
import be.inasti.missiondesk.domain.attainment.AttainmentRow;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.store.AttainmentStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Attainment of every objective and tier over a period, counted in the database. */
public final class AttainmentService {
    private final Attainment attainment;
    private final AttainmentStore store;
    private final Clock clock;

    public AttainmentService(Attainment attainment, AttainmentStore store, Clock clock) {
        this.attainment = attainment;
        this.store = store;
        this.clock = clock;
    }

    /** Clocks stopped in [from, to]; open clocks overdue as of today. */
    public List<AttainmentRow> attainment(LocalDate from, LocalDate to, Optional<Office> office) {
        return attainment.compute(from, to, store.stopped(from, to, office),
                store.openOverdue(LocalDate.now(clock), office));
    }
}
