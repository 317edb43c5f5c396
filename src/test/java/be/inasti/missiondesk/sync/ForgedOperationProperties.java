package be.inasti.missiondesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.Scratch;
import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.sync.ImportReport;
import be.inasti.missiondesk.store.Database;
import be.inasti.missiondesk.store.SyncStore;
import be.inasti.missiondesk.store.TableDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.jooq.DSLContext;

/**
 * Random batches forged with WAVRE's caseworker desk's real key: random entities, ids, missions, offices, fields,
 * values, positions and clocks. Whatever is applied (with {@code --accept-partial}) stays within WAVRE's missions,
 * and the centre then holds no value the domain refuses; whatever is refused changes nothing. One prepared centre
 * serves every case.
 */
class ForgedOperationProperties {
    /** Nothing is left out of this digest: a refused batch must change no row at all. */
    private static final Pattern NOTHING = Pattern.compile("(?!)");

    static Path folder;
    static Services central;
    static Forge forge;
    static DSLContext db;
    static SyncStore store;
    static List<String> missions;
    static List<String> clocks;
    static String namurMission;
    static Map<String, String> wavreColumns;
    static String namurRows;

    @BeforeContainer
    static void aCentreHoldingAMissionOfNamurAndOneOfWavre() {
        folder = Scratch.create("forged-operations");
        Forge.Scene scene = Forge.Scene.in(folder);
        central = scene.central();
        forge = scene.forge();
        Database database = TestServices.store(central);
        db = database.dsl();
        store = new SyncStore(database);
        namurMission = scene.namurMission().id().toString();
        String wavreMission = scene.wavreMission().id().toString();
        missions = List.of(namurMission, wavreMission, UUID.randomUUID().toString(), "m-1");
        clocks = List.of(scene.namurMission().clocks().getFirst().id().toString(),
                scene.wavreMission().clocks().getFirst().id().toString(), UUID.randomUUID().toString());
        wavreColumns = scene.logged("mission", "entity_id", wavreMission);
        namurRows = namurRows();
    }

    @AfterContainer
    static void cleanUp() {
        Scratch.delete(folder);
    }

    /** Every row of NAMUR's mission, its clocks and its history: no WAVRE desk may change any of it. */
    static String namurRows() {
        return db.fetch("select * from mission where id = ?", namurMission).formatCSV()
                + db.fetch("select * from clock where mission_id = ?", namurMission).formatCSV()
                + db.fetch("select * from history where mission_id = ?", namurMission).formatCSV()
                + db.fetch("select * from conflict where mission_id = ?", namurMission).formatCSV();
    }

    static String digest() {
        return TableDigest.of(central.database().file(), NOTHING);
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> operations() {
        return operation().list().ofMinSize(1).ofMaxSize(4).map(ArrayList::new);
    }

    Arbitrary<Map<String, Object>> operation() {
        Arbitrary<String> entity = Arbitraries.of("mission", "mission", "clock", "clock", "team");
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.of(missions), Arbitraries.of(clocks));
        Arbitrary<String> field = Arbitraries.of("status", "notes", "office", "assignee", "received_on", "type",
                "outcome", "stopped_on", "cancelled", "due_on", "*", "@event", "id", "colour", "subject_id");
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("CLOSED", "RIGHT_GRANTED", "FLYING", "WAVRE",
                "NAMUR", "2026-11-30", "2026-02-30", "soon", "true", "yes", "DROIT_ACCORDE", "85073003328",
                "85073003329", "x", "TITRES_SERVICES", "SPACESHIP"), Arbitraries.just(null), created());
        Arbitrary<Long> sequence = Arbitraries.oneOf(Arbitraries.longs().between(-3, 3),
                Arbitraries.longs().between(20_000, Long.MAX_VALUE));
        Arbitrary<Long> clock = Arbitraries.oneOf(Arbitraries.just(Forge.AT.toEpochMilli()),
                Arbitraries.longs().between(-5, Long.MAX_VALUE), Arbitraries.just(Long.MAX_VALUE));
        return Combinators.combine(entity, id, id, field, value, sequence, clock).as((e, entityId, missionId, f, v,
                seq, hlc) -> {
            Map<String, Object> op = forge.operation(e, entityId, missionId, f, null, v);
            op.put("originSeq", seq);
            op.put("hlc", hlc);
            return op;
        });
    }

    /** A mission's or clock's columns: WAVRE's own, with one column given another value, removed or given twice. */
    Arbitrary<String> created() {
        Arbitrary<String> column = Arbitraries.of(List.copyOf(wavreColumns.keySet()));
        Arbitrary<String> value = Arbitraries.of("NAMUR", "WAVRE", "FLYING", "2026-02-30", "85073003329", "m-1",
                UUID.randomUUID().toString(), namurMission);
        return Combinators.combine(column, value, Arbitraries.of("set", "remove", "twice", "keep")).as((c, v, how) -> {
            Map<String, String> columns = new LinkedHashMap<>(wavreColumns);
            columns.put("id", UUID.randomUUID().toString());
            switch (how) {
                case "set" -> columns.put(c, v);
                case "remove" -> columns.remove(c);
                default -> { }
            }
            String json = Forge.columns(columns);
            return how.equals("twice") ? json.replace("}", ",\"" + c + "\":\"" + v + "\"}") : json;
        });
    }

    @Provide
    Arbitrary<long[]> stretches() {
        return Arbitraries.of(new long[] {0, 0}, new long[] {0, 0}, new long[] {1L << 62, 0},
                new long[] {Long.MAX_VALUE - 1, 0}, new long[] {-3, 0}, new long[] {0, 1_000_000}, new long[] {0, -1});
    }

    @Property(tries = 10_000)
    void aForgingDeskChangesNothingOutsideItsRightsAndWritesNoValueTheDomainRefuses(
            @ForAll("operations") List<Map<String, Object>> operations, @ForAll("stretches") long[] lie)
            throws IOException {
        String before = digest();
        long from = store.partner(forge.source()).appliedPos() + 1;
        Path batch = forge.batch(new Stretch(from, from + operations.size() - 1 + lie[0], lie[1]), operations,
                new byte[0]);
        try {
            ImportReport report = central.sync().importBatch(batch, true);
            Statistics.collect(report.refused().isEmpty() ? "applied whole" : "applied in part, rights refused");
            assertThat(namurRows()).as("NAMUR's mission after %s", operations).isEqualTo(namurRows);
            assertThat(central.database().check()).as("check after %s", operations)
                    .allMatch(r -> r.problems().isEmpty());
        } catch (DomainException refused) {
            Statistics.collect("refused: " + refused.explanation().key());
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("Exception", "\n");
            assertThat(digest()).as("after: " + refused.getMessage()).isEqualTo(before);
        } finally {
            Files.delete(batch);
        }
    }
}
