package be.inasti.missiondesk.app.attainment;

import be.inasti.missiondesk.domain.attainment.Attainment;
import be.inasti.missiondesk.domain.attainment.AttainmentRow;
import be.inasti.missiondesk.domain.attainment.CountedFrom;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.store.AttainmentStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

    /** The day a period left open ends, and the first of the year it starts on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Objectives below their norm first (worst first), then the others in catalogue order; with the monthly trend. */
    public Dashboard dashboard(LocalDate from, LocalDate to, Optional<Office> office) {
        List<AttainmentRow> rows = attainment(from, to, office).stream().sorted(BELOW_NORM_FIRST).toList();
        Map<YearMonth, List<AttainmentRow>> months = new TreeMap<>();
        store.stoppedByMonth(from, to, office, attainment.countedFrom()).forEach((month, counts) -> {
            LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            months.put(month, attainment.compute(first, last, counts, List.of()));
        });
        return new Dashboard(from, to, office, rows, months);
    }

    private static final Comparator<AttainmentRow> BELOW_NORM_FIRST = Comparator
            .comparing((AttainmentRow r) -> !r.belowNorm())
            .thenComparing(Comparator.comparingDouble(AttainmentRow::shortfall).reversed())
            .thenComparing(AttainmentRow::objective)
            .thenComparing(r -> r.tierDays() == null ? 0 : r.tierDays());

    /**
     * Clocks stopped in [from, to]; the projection's misses as of the period's end, or of today while the period
     * runs (a clock due next week is not late yet), so a past period reads the same whatever day it is viewed on.
     */
    public List<AttainmentRow> attainment(LocalDate from, LocalDate to, Optional<Office> office) {
        LocalDate asOf = to.isBefore(today()) ? to : today();
        List<CountedFrom> countedFrom = attainment.countedFrom();
        return attainment.compute(from, to, store.stopped(from, to, office, countedFrom),
                store.lateOn(asOf, office, countedFrom));
    }
}
