package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.CLOCK;
import static be.inasti.missiondesk.store.schema.Tables.MISSION;

import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Outcome;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.domain.mission.SubjectKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.SortField;

/**
 * Reads missions with their clocks straight from the JDBC result of one joined query that jOOQ writes. The queue
 * loads every open mission at start-up; jOOQ's records (one per row, then copied into a mission and a clock record)
 * made that twice as slow as the bare select.
 */
final class MissionReader {
    private final Catalogue catalogue;
    private final List<Field<?>> columns = new ArrayList<>();
    /** Column positions by field object (identity: mission.id and clock.id are both "id"). */
    private final Map<Field<?>, Integer> positions = new IdentityHashMap<>();

    MissionReader(Catalogue catalogue) {
        this.catalogue = catalogue;
        columns.addAll(List.of(MISSION.fields()));
        columns.addAll(List.of(CLOCK.fields()));
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i), i + 1);
        }
    }

    /** The missions matching a condition, ordered by id, each with its clocks in sequence. */
    List<Mission> read(DSLContext dsl, Condition condition) {
        return read(dsl, condition, List.of(MISSION.ID.asc()));
    }

    /**
     * The missions matching a condition in the given order, each with its clocks in sequence. The order's keys are
     * the mission row's and end with its id, so that a mission's rows (one per clock) follow one another.
     */
    List<Mission> read(DSLContext dsl, Condition condition, List<SortField<?>> order) {
        List<SortField<?>> keys = new ArrayList<>(order);
        keys.addAll(List.of(CLOCK.SEQ.asc(), CLOCK.STARTED_ON.asc(), CLOCK.ID.asc()));
        ResultQuery<?> query = dsl.select(columns).from(MISSION).leftJoin(CLOCK).on(CLOCK.MISSION_ID.eq(MISSION.ID))
                .where(condition).orderBy(keys);
        return dsl.connectionResult(c -> {
            try (PreparedStatement select = c.prepareStatement(query.getSQL())) {
                List<Object> binds = query.getBindValues();
                for (int i = 0; i < binds.size(); i++) {
                    select.setObject(i + 1, binds.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    return missions(rows);
                }
            }
        });
    }

    /** A mission's rows (one per clock) follow one another. */
    private List<Mission> missions(ResultSet rows) throws SQLException {
        List<Mission> missions = new ArrayList<>();
        String id = null;
        Function<List<DeadlineClock>, Mission> mission = null;
        List<DeadlineClock> clocks = new ArrayList<>(2);
        while (rows.next()) {
            String rowId = rows.getString(at(MISSION.ID));
            if (!rowId.equals(id)) {
                if (mission != null) {
                    missions.add(mission.apply(clocks));
                    clocks = new ArrayList<>(2);
                }
                id = rowId;
                mission = mission(rows, id);
            }
            if (rows.getString(at(CLOCK.ID)) != null) {
                clocks.add(clock(rows));
            }
        }
        if (mission != null) {
            missions.add(mission.apply(clocks));
        }
        return missions;
    }

    /** The mission of the current row, to be made once the following rows have brought all its clocks. */
    private Function<List<DeadlineClock>, Mission> mission(ResultSet r, String missionId) throws SQLException {
        UUID id = UUID.fromString(missionId);
        MissionType type = MissionType.of(r.getString(at(MISSION.TYPE)));
        Office office = Office.valueOf(r.getString(at(MISSION.OFFICE)));
        String assignee = r.getString(at(MISSION.ASSIGNEE));
        String status = r.getString(at(MISSION.STATUS));
        Priority priority = Priority.valueOf(r.getString(at(MISSION.PRIORITY)));
        Subject subject = Subject.of(SubjectKind.valueOf(r.getString(at(MISSION.SUBJECT_KIND))),
                r.getString(at(MISSION.SUBJECT_ID)), r.getString(at(MISSION.SUBJECT_NAME)));
        Source source = Source.valueOf(r.getString(at(MISSION.SOURCE)));
        LocalDate received = day(r, MISSION.RECEIVED_ON);
        String objective = r.getString(at(MISSION.SERVICE_OBJECTIVE));
        String outcome = r.getString(at(MISSION.OUTCOME));
        String notes = r.getString(at(MISSION.NOTES));
        boolean closed = r.getBoolean(at(MISSION.CLOSED));
        return clocks -> new Mission(id, type, office, assignee, status, priority, subject, source, received,
                objective, Outcome.of(outcome), notes, closed, clocks);
    }

    private DeadlineClock clock(ResultSet r) throws SQLException {
        String version = r.getString(at(CLOCK.CATALOGUE_VERSION));
        String code = r.getString(at(CLOCK.OBJECTIVE_CODE));
        DeadlineClock started = DeadlineClock.start(UUID.fromString(r.getString(at(CLOCK.ID))),
                catalogue.objective(code, version), version, day(r, CLOCK.STARTED_ON));
        return new DeadlineClock(started.id(), started.objectiveCode(), started.catalogueVersion(),
                started.startedOn(), started.tiers(), day(r, CLOCK.STOPPED_ON), r.getBoolean(at(CLOCK.CANCELLED)));
    }

    /** An epoch-day column as a date, or null. */
    private LocalDate day(ResultSet r, Field<LocalDate> column) throws SQLException {
        long epochDay = r.getLong(at(column));
        return r.wasNull() ? null : LocalDate.ofEpochDay(epochDay);
    }

    /** The JDBC index of a column in the select list. */
    private int at(Field<?> column) {
        return positions.get(column);
    }
}
