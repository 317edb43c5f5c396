package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.CLOCK;
import static be.inasti.missiondesk.store.schema.Tables.HISTORY;
import static be.inasti.missiondesk.store.schema.Tables.MISSION;
import static be.inasti.missiondesk.store.schema.Tables.OPERATION;

import be.inasti.missiondesk.domain.check.CheckResult;
import be.inasti.missiondesk.domain.mission.ChangeKind;
import be.inasti.missiondesk.domain.sync.FieldRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Checks a database: SQLite's own page and foreign-key checks, then what MissionDesk always keeps true — every
 * mission has its creation in the history, every running clock has its mission, this site's operation log has no
 * holes (a hole would mean a change lost on its way to the central office), and every value of a mission or a clock
 * is one the domain accepts.
 */
public final class IntegrityCheck {
    /** At most this many problems are listed per check: a broken table would otherwise flood the report. */
    static final int LISTED = 10;

    private final DSLContext dsl;
    private final Supplier<String> site;

    public IntegrityCheck(Database database, Supplier<String> site) {
        this.dsl = database.dsl();
        this.site = site;
    }

    public List<CheckResult> run() {
        return List.of(
                result("pages and indexes (integrity_check)", pages()),
                result("references between tables (foreign_key_check)", foreignKeys()),
                result("every mission has its creation in the history", missionsWithoutCreation()),
                result("every running clock has its mission", runningClocksWithoutMission()),
                result("this site's operation log (" + site.get() + ") has no holes", holesInOwnLog()),
                result("every value of a mission or a clock is one the domain accepts", valuesTheDomainRefuses()));
    }

    private static CheckResult result(String check, List<String> problems) {
        return new CheckResult(check, problems.subList(0, Math.min(LISTED, problems.size())),
                Math.max(0, problems.size() - LISTED));
    }

    private List<String> pages() {
        List<String> lines = dsl.fetch("pragma integrity_check").getValues(0, String.class);
        return lines.equals(List.of("ok")) ? List.of() : lines;
    }

    private List<String> foreignKeys() {
        return dsl.fetch("pragma foreign_key_check").map(r -> r.get(0) + " row " + r.get(1)
                + " refers to a missing row of " + r.get(2));
    }

    private List<String> missionsWithoutCreation() {
        return dsl.select(MISSION.ID).from(MISSION).whereNotExists(DSL.selectOne().from(HISTORY)
                .where(HISTORY.MISSION_ID.eq(MISSION.ID)).and(HISTORY.KIND.eq(ChangeKind.CREATED.name())))
                .limit(LISTED + 1).fetch(r -> "mission " + r.value1() + " has no CREATED history row");
    }

    private List<String> runningClocksWithoutMission() {
        return dsl.select(CLOCK.ID, CLOCK.MISSION_ID).from(CLOCK)
                .where(CLOCK.STOPPED_ON.isNull()).and(CLOCK.CANCELLED.isFalse())
                .andNotExists(DSL.selectOne().from(MISSION).where(MISSION.ID.eq(CLOCK.MISSION_ID)))
                .limit(LISTED + 1).fetch(r -> "clock " + r.value1() + " runs for mission " + r.value2()
                        + ", which is not in the store");
    }

    /**
     * Every column of every mission and clock, read as stored (not through the converters, which fail on what they
     * cannot read) and held to the rules a value typed or received meets: a value no one could type, written by an
     * earlier version or by hand, makes the queue or the team view fail for everyone.
     */
    private List<String> valuesTheDomainRefuses() {
        List<String> problems = new ArrayList<>();
        valuesTheDomainRefuses(MISSION, FieldRules.MISSION, problems);
        valuesTheDomainRefuses(CLOCK, FieldRules.CLOCK, problems);
        return problems;
    }

    private void valuesTheDomainRefuses(Table<?> table, String entity, List<String> problems) {
        List<Field<?>> columns = Arrays.stream(table.fields()).filter(f -> !Columns.isDerived(f.getName())).toList();
        List<Field<String>> stored = columns.stream().map(f -> DSL.field(DSL.name(table.getName(), f.getName()),
                String.class)).toList();
        try (Cursor<Record> rows = dsl.select(stored).from(table).fetchLazy()) {
            while (rows.hasNext() && problems.size() <= LISTED) {
                Record row = rows.fetchNext();
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    String name = columns.get(i).getName();
                    values.put(name, Columns.carried(columns.get(i), row.get(i, String.class)));
                    FieldRules.problem(entity, name, values.get(name))
                            .ifPresent(p -> problems.add(entity + " " + row.get(0) + ": " + p.inEnglish()));
                }
                if (entity.equals(FieldRules.MISSION) && values.get(FieldRules.SUBJECT_KIND) != null) {
                    FieldRules.subjectProblem(values.get(FieldRules.SUBJECT_KIND), values.get(FieldRules.SUBJECT_ID))
                            .ifPresent(p -> problems.add(entity + " " + row.get(0) + ": " + p.inEnglish()));
                }
            }
        }
    }

    /** Sequence numbers of this site's own operations run 1, 2, 3…: report each missing stretch. */
    private List<String> holesInOwnLog() {
        List<Long> numbers = dsl.select(OPERATION.ORIGIN_SEQ).from(OPERATION).where(OPERATION.ORIGIN.eq(site.get()))
                .orderBy(OPERATION.ORIGIN_SEQ).fetch(OPERATION.ORIGIN_SEQ);
        List<String> problems = new ArrayList<>();
        long expected = 1;
        for (long n : numbers) {
            if (n > expected) {
                problems.add("operations " + expected + "–" + (n - 1) + " are missing");
            }
            expected = n + 1;
        }
        return problems;
    }
}
