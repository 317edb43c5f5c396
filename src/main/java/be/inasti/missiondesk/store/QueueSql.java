package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.CLOCK;
import static be.inasti.missiondesk.store.schema.Tables.MISSION;

import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.identity.Digits;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.queue.QueueColumn;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.domain.queue.QueueSort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The queue's criteria, states and orders as SQL over the mission row and the copy of its most urgent open clock
 * (migration V5). The states mirror {@link DeadlineClock#state}; the store's tests hold the two to the same answer.
 */
final class QueueSql {
    /** Epoch days as numbers: the generated fields convert them to dates, and SQL must subtract them. */
    private static final Field<Long> DUE = DSL.field(MISSION.URGENT_DUE_ON.getQualifiedName(), SQLDataType.BIGINT);
    private static final Field<Long> STARTED =
            DSL.field(MISSION.URGENT_STARTED_ON.getQualifiedName(), SQLDataType.BIGINT);
    private static final Field<Long> CLOCK_DUE = DSL.field(CLOCK.DUE_ON.getQualifiedName(), SQLDataType.BIGINT);
    /** The due date, missions with no clock running last. */
    private static final Field<Long> DUE_OR_NEVER = DSL.coalesce(DUE, DSL.inline(Long.MAX_VALUE));
    /** High priority first among equals. */
    private static final Field<Integer> NORMAL_PRIORITY = DSL.when(MISSION.PRIORITY.eq(DSL.inline("HIGH")),
            DSL.inline(0)).otherwise(DSL.inline(1));

    /**
     * The mission table for a search, read through the index that holds every searched column: SQLite would
     * otherwise walk the open missions in urgency order, row by row, looking for the few that match. PostgreSQL's
     * planner weighs the index by its statistics and takes no such order.
     */
    private static final Table<?> SEARCHED =
            EngineSql.table(DSL.table("{0} INDEXED BY mission_queue_cover", MISSION), MISSION);

    private QueueSql() {
    }

    static Table<?> source(QueueCriteria criteria) {
        return criteria.search().isEmpty() ? MISSION : SEARCHED;
    }

    /**
     * Whether a mission's most urgent open clock is in {@code state} on {@code today} (ON_TRACK when none runs), as
     * conditions on the due date rather than a CASE naming the state: counting the states of 100 000 missions took
     * two thirds of the time the CASE took.
     */
    static Condition inState(ClockState state, LocalDate today) {
        Field<Long> day = DSL.inline(today.toEpochDay());
        Field<Long> atRiskWindow = DSL.greatest(DSL.inline((long) DeadlineClock.MIN_AT_RISK_DAYS),
                DUE.minus(STARTED).plus(DSL.inline(DeadlineClock.AT_RISK_SHARE - 1L))
                        .div(DSL.inline((long) DeadlineClock.AT_RISK_SHARE)));
        return switch (state) {
            case OVERDUE -> DUE.lt(day);
            case AT_RISK -> DUE.ge(day).and(DUE.minus(day).le(atRiskWindow));
            case ON_TRACK -> DUE.isNull().or(DUE.ge(day).and(DUE.minus(day).gt(atRiskWindow)));
            case MET, MISSED, CANCELLED -> DSL.falseCondition();  // the copied clock is an open one
        };
    }

    /** Whether a mission's most urgent open clock falls due between {@code today} and {@code days} later, both in. */
    static Condition dueWithin(int days, LocalDate today) {
        return DUE.between(DSL.inline(today.toEpochDay()), DSL.inline(today.toEpochDay() + days));
    }

    /**
     * Whether a mission has an open clock whose first tier falls due by {@code day}: only such a clock can have a
     * tier due by then, a clock's first tier being its earliest. The day is inlined as a number, as every day here:
     * {@link MissionReader} binds values through plain JDBC, which would compare a date's text with the column.
     */
    static Condition hasOpenClockDueBy(LocalDate day) {
        return MISSION.ID.in(DSL.select(CLOCK.MISSION_ID).from(CLOCK)
                .where(CLOCK.STOPPED_ON.isNull()).and(CLOCK_DUE.le(DSL.inline(day.toEpochDay()))));
    }

    static Condition matching(QueueCriteria criteria, LocalDate today) {
        Condition c = criteria.includeClosed() ? DSL.noCondition() : MISSION.CLOSED.isFalse();
        c = c.and(criteria.assignee().map(MISSION.ASSIGNEE::eq).orElse(DSL.noCondition()));
        c = c.and(anyOf(MISSION.TYPE, criteria.types().stream().map(MissionType::code).toList()));
        c = c.and(anyOf(MISSION.OFFICE, criteria.offices().stream().map(Enum::name).toList()));
        if (!criteria.states().isEmpty()) {
            c = c.and(DSL.or(criteria.states().stream().map(state -> inState(state, today)).toList()));
        }
        if (!criteria.objectives().isEmpty()) {
            c = c.and(MISSION.ID.in(DSL.select(CLOCK.MISSION_ID).from(CLOCK)
                    .where(CLOCK.STOPPED_ON.isNull()).and(CLOCK.OBJECTIVE_CODE.in(criteria.objectives()))));
        }
        return criteria.search().isEmpty() ? c : c.and(searching(criteria.search()));
    }

    private static Condition anyOf(Field<String> column, List<String> values) {
        return values.isEmpty() ? DSL.noCondition() : column.in(values);
    }

    /**
     * Name (whatever its case and accents, see {@link NameGlob}: a GLOB on SQLite, the same letter classes as a
     * regular expression on PostgreSQL), identifier digits or id prefix.
     */
    private static Condition searching(String search) {
        String text = search.toLowerCase(Locale.ROOT);
        Condition name = EngineSql.condition(
                DSL.condition("{0} glob {1}", MISSION.SUBJECT_NAME, DSL.val(NameGlob.anywhere(search))),
                DSL.condition("{0} ~ {1}", MISSION.SUBJECT_NAME, DSL.val(NameGlob.regex(search))));
        String digits = Digits.strip(text);
        boolean identifier = !digits.isEmpty() && digits.chars().allMatch(Character::isDigit);
        return name.or(identifier ? MISSION.SUBJECT_ID.contains(digits) : DSL.noCondition())
                .or(MISSION.ID.startsWith(text));
    }

    /** The given keys, then urgency, then the id: a total order, so pages never overlap or skip a mission. */
    static List<SortField<?>> orderBy(List<QueueSort> order) {
        List<SortField<?>> fields = new ArrayList<>();
        for (QueueSort sort : order) {
            if (sort.column() != QueueColumn.URGENCY) {
                for (Field<?> key : keysOf(sort)) {
                    fields.add(sort.descending() ? key.desc() : key.asc());
                }
            }
        }
        fields.addAll(List.of(DUE_OR_NEVER.asc(), NORMAL_PRIORITY.asc(), MISSION.RECEIVED_ON.asc(), MISSION.ID.asc()));
        return fields;
    }

    private static List<Field<?>> keysOf(QueueSort sort) {
        return switch (sort.column()) {
            case TYPE -> inDisplayOrder(MISSION.TYPE, sort.displayOrder());
            case OFFICE -> inDisplayOrder(MISSION.OFFICE, sort.displayOrder());
            case SUBJECT -> List.of(EngineSql.field(MISSION.SUBJECT_NAME.collate("NOCASE"),
                    DSL.lower(MISSION.SUBJECT_NAME)));
            case ASSIGNEE -> List.of(MISSION.ASSIGNEE);
            case STATUS -> List.of(MISSION.STATUS);
            case OBJECTIVE -> List.of(MISSION.URGENT_OBJECTIVE);
            case DUE, URGENCY -> List.of(DUE_OR_NEVER);
        };
    }

    /** A code's rank in the display order (codes not listed after it), then the code itself. */
    private static List<Field<?>> inDisplayOrder(Field<String> column, List<String> codes) {
        if (codes.isEmpty()) {
            return List.of(column);
        }
        var ranks = DSL.choose(column).when(DSL.inline(codes.getFirst()), DSL.inline(0));
        for (int i = 1; i < codes.size(); i++) {
            ranks = ranks.when(DSL.inline(codes.get(i)), DSL.inline(i));
        }
        return List.of(ranks.otherwise(DSL.inline(codes.size())), column);
    }
}
