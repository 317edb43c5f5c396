package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.CLOCK;
import static be.inasti.missiondesk.store.schema.Tables.MISSION;

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
 * many clocks the store holds.
 */
public final class AttainmentStore {
    private static final Field<Integer> DUE = epochDay(CLOCK.DUE_ON);
    private static final Field<Integer> STOPPED = epochDay(CLOCK.STOPPED_ON);

    private final DSLContext dsl;

    public AttainmentStore(Database database) {
        this.dsl = database.dsl();
    }

    /** Clocks stopped (not cancelled) in [from, to], bucketed by days late on the first tier (0 = on time). */
    public List<LatenessCount> stopped(LocalDate from, LocalDate to, Optional<Office> office) {
        Field<Integer> late = DSL.greatest(STOPPED.minus(DUE), DSL.inline(0));
        Condition inPeriod = CLOCK.STOPPED_ON.between(from, to).and(CLOCK.CANCELLED.isFalse());
        return lateness(late, inPeriod, office);
    }

    /** The same buckets per calendar month the clocks stopped in, for the monthly trend. */
    public Map<YearMonth, List<LatenessCount>> stoppedByMonth(LocalDate from, LocalDate to, Optional<Office> office) {
        Field<Integer> late = DSL.greatest(STOPPED.minus(DUE), DSL.inline(0));
        Field<String> month = DSL.field("strftime('%Y-%m', {0} * 86400, 'unixepoch')", String.class, STOPPED);
        Condition c = scoped(CLOCK.STOPPED_ON.between(from, to).and(CLOCK.CANCELLED.isFalse()), office);
        Map<YearMonth, List<LatenessCount>> byMonth = new TreeMap<>();
        dsl.select(month, CLOCK.OBJECTIVE_CODE, CLOCK.CATALOGUE_VERSION, late, DSL.count())
                .from(CLOCK).where(c)
                .groupBy(month, CLOCK.OBJECTIVE_CODE, CLOCK.CATALOGUE_VERSION, late)
                .forEach(r -> byMonth.computeIfAbsent(YearMonth.parse(r.value1()), k -> new ArrayList<>())
                        .add(new LatenessCount(r.value2(), r.value3(), r.value4(), r.value5())));
        return byMonth;
    }

    /** Open clocks already past their first due date on {@code today}, bucketed by days overdue. */
    public List<LatenessCount> openOverdue(LocalDate today, Optional<Office> office) {
        Field<Integer> late = DSL.inline(Math.toIntExact(today.toEpochDay())).minus(DUE);
        Condition overdue = CLOCK.STOPPED_ON.isNull().and(CLOCK.DUE_ON.lessThan(today))
                .and(CLOCK.STARTED_ON.le(today));
        return lateness(late, overdue, office);
    }

    private static Condition scoped(Condition condition, Optional<Office> office) {
        return office.map(o -> condition.and(CLOCK.MISSION_ID.in(
                DSL.select(MISSION.ID).from(MISSION).where(MISSION.OFFICE.eq(o.name()))))).orElse(condition);
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
