package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.CLOCK;
import static be.inasti.missiondesk.store.schema.Tables.MISSION;

import be.inasti.missiondesk.domain.attainment.CountedFrom;
import be.inasti.missiondesk.domain.attainment.LatenessCount;
import be.inasti.missiondesk.domain.mission.Office;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The aggregates attainment is computed from, counted in the database: a few hundred buckets come back, however
 * many clocks the store holds. A clock counts for the office its mission was at when it stopped (an open one for
 * its mission's office), and not at all when started before its objective counts from ({@link CountedFrom}).
 */
public final class AttainmentStore {
    private static final Field<Integer> DUE = epochDay(CLOCK.DUE_ON);
    private static final Field<Integer> STOPPED = epochDay(CLOCK.STOPPED_ON);

    private final DSLContext dsl;

    public AttainmentStore(Database database) {
        this.dsl = database.dsl();
    }

    /** Clocks stopped (not cancelled) in [from, to], bucketed by days late on the first tier (0 = on time). */
    public List<LatenessCount> stopped(LocalDate from, LocalDate to, Optional<Office> office,
            List<CountedFrom> countedFrom) {
        Field<Integer> late = DSL.greatest(STOPPED.minus(DUE), DSL.inline(0));
        Condition inPeriod = CLOCK.STOPPED_ON.between(from, to).and(CLOCK.CANCELLED.isFalse());
        return lateness(late, inPeriod.and(counted(countedFrom)), office);
    }

    /** The same buckets per calendar month the clocks stopped in, for the monthly trend. */
    public Map<YearMonth, List<LatenessCount>> stoppedByMonth(LocalDate from, LocalDate to, Optional<Office> office,
            List<CountedFrom> countedFrom) {
        Field<Integer> late = DSL.greatest(STOPPED.minus(DUE), DSL.inline(0));
        Field<String> month = EngineSql.field(DSL.field("strftime('%Y-%m', {0} * 86400, 'unixepoch')", String.class,
                STOPPED), DSL.field("to_char(date '1970-01-01' + {0}, 'YYYY-MM')", String.class, STOPPED));
        Condition c = scoped(CLOCK.STOPPED_ON.between(from, to).and(CLOCK.CANCELLED.isFalse())
                .and(counted(countedFrom)), office);
        Map<YearMonth, List<LatenessCount>> byMonth = new TreeMap<>();
        dsl.select(month, CLOCK.OBJECTIVE_CODE, CLOCK.CATALOGUE_VERSION, late, DSL.count())
                .from(CLOCK).where(c)
                .groupBy(month, CLOCK.OBJECTIVE_CODE, CLOCK.CATALOGUE_VERSION, late)
                .forEach(r -> byMonth.computeIfAbsent(YearMonth.parse(r.value1()), k -> new ArrayList<>())
                        .add(new LatenessCount(r.value2(), r.value3(), r.value4(), r.value5())));
        return byMonth;
    }

    /**
     * Clocks (not cancelled) started by {@code asOf}, not stopped by it, and past their first due date on it, bucketed
     * by days overdue on {@code asOf}: whether they stopped later or are still open, they were late that day. Asked
     * as of a past period's end, the answer no longer changes with the day it is asked.
     */
    public List<LatenessCount> lateOn(LocalDate asOf, Optional<Office> office, List<CountedFrom> countedFrom) {
        Field<Integer> late = DSL.inline(Math.toIntExact(asOf.toEpochDay())).minus(DUE);
        Condition notStopped = CLOCK.STOPPED_ON.isNull().or(CLOCK.STOPPED_ON.greaterThan(asOf));
        Condition overdue = notStopped.and(CLOCK.CANCELLED.isFalse()).and(CLOCK.DUE_ON.lessThan(asOf))
                .and(CLOCK.STARTED_ON.le(asOf));
        return lateness(late, overdue.and(counted(countedFrom)), office);
    }

    /** A stopped clock is its stop's office's; one without (open, or stopped before that was kept) its mission's. */
    private static Condition scoped(Condition condition, Optional<Office> office) {
        return office.map(o -> condition.and(CLOCK.STOPPED_OFFICE.eq(o.name()).or(CLOCK.STOPPED_OFFICE.isNull()
                .and(CLOCK.MISSION_ID.in(DSL.select(MISSION.ID).from(MISSION).where(MISSION.OFFICE.eq(o.name())))))))
                .orElse(condition);
    }

    /** Leaves out the clocks started before their objective counts from. */
    private static Condition counted(List<CountedFrom> countedFrom) {
        return DSL.and(countedFrom.stream().map(c -> DSL.not(CLOCK.OBJECTIVE_CODE.eq(c.code())
                .and(CLOCK.CATALOGUE_VERSION.eq(c.version())).and(CLOCK.STARTED_ON.lessThan(c.from())))).toList());
    }

    private List<LatenessCount> lateness(Field<Integer> late, Condition condition, Optional<Office> office) {
        return dsl.select(CLOCK.OBJECTIVE_CODE, CLOCK.CATALOGUE_VERSION, late, DSL.count())
                .from(CLOCK)
                .where(scoped(condition, office))
                .groupBy(CLOCK.OBJECTIVE_CODE, CLOCK.CATALOGUE_VERSION, late)
                .fetch(r -> new LatenessCount(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The raw epoch-day number behind a date column, for arithmetic in SQL. */
    private static Field<Integer> epochDay(Field<LocalDate> dateColumn) {
        return DSL.field(dateColumn.getQualifiedName(), Integer.class);
    }
}
