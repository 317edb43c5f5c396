package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.MISSION;

import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.queue.AgentCounts;
import be.inasti.missiondesk.domain.queue.QueueCounts;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.domain.queue.QueueFirstPage;
import be.inasti.missiondesk.domain.queue.QueueSort;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * Every reader's queue, answered in SQL (see {@link QueueSql}): the window's a page at a time, with how many are in
 * each state; the command line's and the coordinators' whole; the team's counted per agent. The window holds a few
 * pages, never the whole queue.
 */
public final class QueueStore {
    /** See {@link #openObjectives}. */
    private static final String OPEN_OBJECTIVES = """
            WITH RECURSIVE objective(code) AS (
                SELECT (SELECT objective_code FROM clock WHERE stopped_on IS NULL ORDER BY objective_code LIMIT 1)
                UNION ALL
                SELECT (SELECT objective_code FROM clock WHERE stopped_on IS NULL AND objective_code > objective.code
                        ORDER BY objective_code LIMIT 1)
                FROM objective WHERE objective.code IS NOT NULL)
            SELECT code FROM objective WHERE code IS NOT NULL""";

    private final DSLContext dsl;
    private final MissionReader reader;

    public QueueStore(Database database, Catalogue catalogue) {
        this.dsl = database.dsl();
        this.reader = new MissionReader(catalogue);
    }

    /** The first page with the counts and objectives, read in one transaction so that they agree. */
    public QueueFirstPage<Mission> first(QueueCriteria criteria, List<QueueSort> order, LocalDate today, int limit) {
        return dsl.transactionResult(tx -> new QueueFirstPage<>(counts(tx.dsl(), criteria, today),
                page(tx.dsl(), criteria, order, today, 0, limit), openObjectives(tx.dsl())));
    }

    /** The missions from {@code offset} (0 = the first) in the given order, at most {@code limit} of them. */
    public List<Mission> page(QueueCriteria criteria, List<QueueSort> order, LocalDate today, int offset,
            int limit) {
        return page(dsl, criteria, order, today, offset, limit);
    }

    /**
     * One query, the page's ids chosen in a subquery: reading the ids first and the missions by a list of them
     * cost a second statement, a tenth of the page's time at 100 000 missions.
     */
    private List<Mission> page(DSLContext db, QueueCriteria criteria, List<QueueSort> order, LocalDate today,
            int offset, int limit) {
        Select<Record1<String>> ids = db.select(MISSION.ID).from(QueueSql.source(criteria))
                .where(QueueSql.matching(criteria, today))
                .orderBy(QueueSql.orderBy(order)).limit(limit).offset(offset);
        return reader.read(db, MISSION.ID.in(ids), QueueSql.orderBy(order));
    }

    /**
     * Every mission matching, most urgent first (the window's order when no column is sorted): the pages without a
     * limit, read in one query without the page's subquery of ids.
     */
    public List<Mission> all(QueueCriteria criteria, LocalDate today) {
        return reader.read(dsl, QueueSql.matching(criteria, today), QueueSql.orderBy(List.of()));
    }

    /**
     * The missions matching that have an open clock due by {@code horizon}, most urgent first: the only ones with a
     * tier that can fall due by then, found in SQL rather than among every mission.
     */
    public List<Mission> withOpenClockDueBy(QueueCriteria criteria, LocalDate horizon, LocalDate today) {
        return reader.read(dsl, QueueSql.matching(criteria, today).and(QueueSql.hasOpenClockDueBy(horizon)),
                QueueSql.orderBy(List.of()));
    }

    private static QueueCounts counts(DSLContext db, QueueCriteria criteria, LocalDate today) {
        Record3<Integer, Integer, Integer> counts = db.select(
                        DSL.count().filterWhere(QueueSql.inState(ClockState.OVERDUE, today)),
                        DSL.count().filterWhere(QueueSql.inState(ClockState.AT_RISK, today)),
                        DSL.count())
                .from(QueueSql.source(criteria)).where(QueueSql.matching(criteria, today)).fetchSingle();
        return new QueueCounts(counts.value1(), counts.value2(), counts.value3() - counts.value1() - counts.value2());
    }

    /**
     * Each agent's missions matching, counted in one {@code GROUP BY} office and assignee with the queue's states
     * ({@link QueueSql#inState}): the team screen needs the numbers, not the missions.
     */
    public List<AgentCounts> team(QueueCriteria criteria, LocalDate today) {
        Field<Integer> open = DSL.count().as("open");
        Field<Integer> overdue = DSL.count().filterWhere(QueueSql.inState(ClockState.OVERDUE, today)).as("overdue");
        Field<Integer> atRisk = DSL.count().filterWhere(QueueSql.inState(ClockState.AT_RISK, today)).as("at_risk");
        Field<Integer> week = DSL.count().filterWhere(QueueSql.dueWithin(AgentCounts.WEEK, today)).as("due_in_7");
        Field<Integer> month = DSL.count().filterWhere(QueueSql.dueWithin(AgentCounts.MONTH, today)).as("due_in_30");
        // Grouped by type too, then folded per agent: the types are data, so no column can be written per type. In
        // office and agent order on both engines: SQLite's grouping gives it, PostgreSQL's hashing does not.
        Map<List<String>, AgentCounts> byAgent = new LinkedHashMap<>();
        dsl.select(MISSION.OFFICE, MISSION.ASSIGNEE, MISSION.TYPE, open, overdue, atRisk, week, month)
                .from(QueueSql.source(criteria)).where(QueueSql.matching(criteria, today))
                .groupBy(MISSION.OFFICE, MISSION.ASSIGNEE, MISSION.TYPE)
                .orderBy(MISSION.OFFICE, MISSION.ASSIGNEE, MISSION.TYPE)
                .forEach(r -> byAgent.merge(List.of(r.get(MISSION.OFFICE), r.get(MISSION.ASSIGNEE)),
                        new AgentCounts(Office.valueOf(r.get(MISSION.OFFICE)), r.get(MISSION.ASSIGNEE), r.get(open),
                                r.get(overdue), r.get(atRisk), r.get(week), r.get(month),
                                Map.of(MissionType.of(r.get(MISSION.TYPE)), r.get(open))),
                        AgentCounts::plus));
        return List.copyOf(byAgent.values());
    }

    /**
     * The objectives of every clock still running, for the queue's objective filter: each found by an index of the
     * open clocks as the first after the one before (a few dozen reads on either engine), not every open clock read
     * and its objectives sorted — 20 ms of each first page at 100 000 missions on a server.
     */
    private static List<String> openObjectives(DSLContext db) {
        return db.fetch(OPEN_OBJECTIVES).getValues(0, String.class);
    }

    public boolean hasOpenMissions(String assignee) {
        return dsl.fetchExists(MISSION, MISSION.CLOSED.isFalse().and(MISSION.ASSIGNEE.eq(assignee)));
    }
}
