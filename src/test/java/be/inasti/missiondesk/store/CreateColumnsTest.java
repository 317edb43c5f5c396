package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.CLOCK;
import static be.inasti.missiondesk.store.schema.Tables.MISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.TestDatabases;
import be.inasti.missiondesk.store.schema.tables.records.MissionRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The columns a create operation carries, as JSON: the text older installations wrote and read (a map of column
 * name to text, by data binding), and an entity created once whatever the number of operations bringing it.
 */
class CreateColumnsTest {
    static final Instant AT = Instant.parse("2026-11-23T09:00:00.123Z");

    @TempDir
    Path folder;

    @Test
    void theColumnsReadTheSameAsDataBindingWroteThem() throws Exception {
        MissionRecord mission = mission("m-1");
        Map<String, String> asBefore = new LinkedHashMap<>();
        for (Field<?> f : mission.fields()) {
            if (!Columns.isDerived(f.getName())) {
                asBefore.put(f.getName(), Columns.encode(mission.get(f)));
            }
        }

        String json = Columns.toJson(mission);

        assertThat(json).isEqualTo(new ObjectMapper().writeValueAsString(asBefore));
        assertThat(Columns.fromJson(MISSION, json)).containsExactly(mission.intoArray());
    }

    @Test
    void columnsInAnotherOrderOrMissingAreReadByName() throws Exception {
        MissionRecord mission = mission("m-1");
        Map<String, String> reversed = new LinkedHashMap<>();
        for (int i = mission.size() - 1; i > 0; i--) {
            if (!Columns.isDerived(mission.field(i).getName())) {
                reversed.put(mission.field(i).getName(), Columns.encode(mission.get(i)));
            }
        }

        Object[] read = Columns.fromJson(MISSION, new ObjectMapper().writeValueAsString(reversed));

        assertThat(read[0]).isNull();
        assertThat(read).endsWith(Arrays.copyOfRange(mission.intoArray(), 1, mission.size()));
    }

    @Test
    void anUnknownColumnOrAnUnreadableTextIsRefused() {
        assertThatThrownBy(() -> Columns.fromJson(MISSION, "{\"id\":\"m-1\",\"colour\":\"red\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> Columns.fromJson(MISSION, "{\"id\":\"m-1\",\"urgent_due_on\":\"2026-12-01\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("urgent_due_on");
        assertThatThrownBy(() -> Columns.fromJson(MISSION, "{\"id\":"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Columns.fromJson(MISSION, null)).isInstanceOf(IllegalArgumentException.class);
    }

    /** In one batch or in the next, on either engine: the update counts tell which row was inserted. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRowIsInsertedOnceWhateverTheNumberOfOperationsCreatingIt(Engine engine) {
        DSLContext dsl = TestDatabases.open(engine, folder, "missiondesk.db").dsl();
        Object[] row = Columns.fromJson(MISSION, Columns.toJson(mission("m-1")));
        Object[] other = Columns.fromJson(MISSION, Columns.toJson(mission("m-2")));

        List<boolean[]> inserted = dsl.transactionResult(tx -> {
            try (IfAbsentInserter inserter = new IfAbsentInserter(tx.dsl())) {
                inserter.add(MISSION, row);
                inserter.add(MISSION, other);
                inserter.add(MISSION, row);
                boolean[] first = inserter.insertAdded(MISSION);
                inserter.add(MISSION, other);
                return List.of(first, inserter.insertAdded(MISSION), inserter.insertAdded(CLOCK));
            }
        });

        assertThat(inserted.get(0)).containsExactly(true, true, false);
        assertThat(inserted.get(1)).containsExactly(false);
        assertThat(inserted.get(2)).isEmpty();
        assertThat(dsl.fetchOne(MISSION, MISSION.ID.eq("m-1")).intoArray()).containsExactly(row);
        assertThat(dsl.fetchCount(MISSION, DSL.noCondition())).isEqualTo(2);
    }

    private static MissionRecord mission(String id) {
        MissionRecord r = new MissionRecord();
        r.setId(id);
        r.setType("TITRES_SERVICES");
        r.setOffice("NAMUR");
        r.setAssignee("vrenard");
        r.setStatus("OPEN");
        r.setClosed(false);
        r.setPriority("NORMAL");
        r.setSubjectKind("PERSON");
        r.setSubjectId("85073003328");
        r.setSubjectName("Mère \"Dupont\" née Été");
        r.setSource("FLOW");
        r.setReceivedOn(LocalDate.of(2026, 11, 20));
        r.setNotes(null);
        r.setCreatedAt(AT);
        r.setUpdatedAt(AT);
        return r;
    }
}
