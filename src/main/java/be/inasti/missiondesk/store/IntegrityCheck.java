package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.CLOCK;
import static be.inasti.missiondesk.store.schema.Tables.HISTORY;
import static be.inasti.missiondesk.store.schema.Tables.MISSION;
import static be.inasti.missiondesk.store.schema.Tables.OPERATION;

import be.inasti.missiondesk.domain.check.CheckResult;
import be.inasti.missiondesk.domain.mission.ChangeKind;
import be.inasti.missiondesk.domain.sync.FieldRules;
import be.inasti.missiondesk.store.schema.DefaultSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Checks a database: every table of the schema is there, SQLite's own page and foreign-key checks, then what
 * MissionDesk always keeps true — every mission has its creation in the history, every running clock has its
 * mission, this site's operation log has no holes (a hole would mean a change lost on its way to the central
 * office), and every value of a mission or a clock is one the domain accepts. A check that cannot run on a damaged
 * file reports why instead of stopping the others: the check is what a person runs when something is wrong.
 */
public final class IntegrityCheck {
    /** At most this many problems are listed per check: a broken table would otherwise flood the report. */
    static final int LISTED = 10;

    private final Database database;
    private final DSLContext dsl;
    private final Supplier<String> site;

    public IntegrityCheck(Database database, Supplier<String> site) {
        this.database = database;
        this.dsl = database.dsl();
        this.site = site;
    }

    /**
     * On PostgreSQL the pages and the references are the server's to keep (it enforces every foreign key on every
     * write, and checks its pages as it reads them): the checks of SQLite's file have no equal to run there.
     */
    public List<CheckResult> run() {
        List<CheckResult> results = new ArrayList<>();
        results.add(result("every table of the schema is there", this::missingTables));
        if (database.engine() == Engine.SQLITE) {
            results.add(result("pages and indexes (integrity_check)", this::pages));
            results.add(result("references between tables (foreign_key_check)", this::foreignKeys));
        }
        results.addAll(List.of(
                result("every mission has its creation in the history", this::missionsWithoutCreation),
                result("every running clock has its mission", this::runningClocksWithoutMission),
                result("this site's operation log (" + site() + ") has no holes", this::holesInOwnLog),
                result("every value of a mission or a clock is one the domain accepts", this::valuesTheDomainRefuses)));
        return results;
    }

    /**
     * The first damage SQLite sees (a table gone, a page or an index wrong), if any: what an unexpected failure is
     * checked against before it is blamed on the file.
     */
    static Optional<String> damage(Database database) {
        IntegrityCheck check = new IntegrityCheck(database, () -> "");  // neither check reads the site
        try {
            return Stream.of(check.missingTables(), check.pages()).flatMap(List::stream).findFirst();
        } catch (RuntimeException e) {
            return Optional.of(SqliteFailures.words(e));
        }
    }

    private static CheckResult result(String check, Supplier<List<String>> run) {
        List<String> problems;
        try {
            problems = run.get();
        } catch (RuntimeException e) {
            problems = List.of("cannot be checked: " + SqliteFailures.words(e));
        }
        return new CheckResult(check, problems.subList(0, Math.min(LISTED, problems.size())),
                Math.max(0, problems.size() - LISTED));
    }

    /** The site's id for the check's title: a setting, read from a table that may be damaged too. */
    private String site() {
        try {
            return site.get();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private List<String> missingTables() {
        Set<String> present = new HashSet<>(database.tables());
        return DefaultSchema.DEFAULT_SCHEMA.getTables().stream().map(Table::getName)
                .filter(t -> !present.contains(t)).map(t -> "table " + t + " is missing").toList();
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
        List<Field<String>> stored = columns.stream().map(f -> asStored(table, f)).toList();
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

    /** A column as SQLite stores it: PostgreSQL's booleans are read as the 1 and 0 SQLite keeps. */
    private static Field<String> asStored(Table<?> table, Field<?> column) {
        Field<String> stored = DSL.field(DSL.name(table.getName(), column.getName()), String.class);
        return column.getDataType().isBoolean()
                ? EngineSql.field(stored, DSL.field("cast({0} as integer)", String.class, stored)) : stored;
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
