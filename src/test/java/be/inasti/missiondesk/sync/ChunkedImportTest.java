package be.inasti.missiondesk.sync;

import static be.inasti.missiondesk.store.schema.Tables.MISSION;
import static be.inasti.missiondesk.store.schema.Tables.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.sync.ReadBatch;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.domain.sync.ImportReport;
import be.inasti.missiondesk.store.AcceptedOperation;
import be.inasti.missiondesk.store.IncomingBatch;
import be.inasti.missiondesk.store.Operation;
import be.inasti.missiondesk.store.SyncStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Batches of several chunks ({@link OpenedBatch#CHUNK} operations are read, decided and applied at a time): one bad
 * operation in the last chunk leaves the centre exactly as it was, whatever the chunks before it held, and a
 * partial import applies exactly the operations allowed, in every chunk.
 */
class ChunkedImportTest extends ForgedSceneTest {
    /** Two whole chunks and part of a third. */
    static final int OPERATIONS = 2 * OpenedBatch.CHUNK + 100;

    /** A mission of WAVRE's the WAVRE desk may create: the columns it created its own with, another id. */
    Map<String, Object> newWavreMission(List<String> created) {
        Map<String, String> columns = new LinkedHashMap<>(scene.logged("mission", "entity_id", id(wavreMission)));
        columns.put("id", UUID.randomUUID().toString());
        created.add(columns.get("id"));
        return forge.operation("mission", columns.get("id"), columns.get("id"), "*", null, Forge.columns(columns));
    }

    static String id(Mission m) {
        return m.id().toString();
    }

    int missions(List<String> ids) {
        return TestServices.store(central).dsl().fetchCount(MISSION,
                MISSION.ID.in(ids));
    }

    @Test
    void aDamagedOperationInTheLastChunkLeavesTheCentreExactlyAsItWas() {
        List<String> created = new ArrayList<>();
        List<Map<String, Object>> operations = new ArrayList<>();
        for (int i = 0; i < OPERATIONS - 1; i++) {
            operations.add(newWavreMission(created));
        }
        String notHeld = UUID.randomUUID().toString();
        operations.add(forge.operation("mission", notHeld, notHeld, "notes", null, "forged"));
        String before = SyncSites.checksum(central);

        BatchRefused refused = catchThrowableOfType(BatchRefused.class,
                () -> central.sync().importBatch(forge.batch(operations), true));

        assertThat(refused).isNotNull();
        assertThat(refused.reason()).isEqualTo(BatchRefused.Reason.DAMAGED);
        assertThat(refused.getMessage()).contains(notHeld).doesNotContain("Exception", "\n");
        assertThat(SyncSites.checksum(central)).isEqualTo(before);
        assertThat(missions(created)).isZero();
    }

    /**
     * Should the store fail on an operation of the last chunk when the chunks before were written (an operation the
     * checks let through and the store cannot apply), the transaction rolls all of them back.
     */
    @Test
    void aFailureInTheLastChunkRollsBackTheChunksAppliedBefore() {
        SyncStore store = new SyncStore(TestServices.store(central));
        String before = SyncSites.checksum(central);
        String missing = UUID.randomUUID().toString();
        long seq = 50_000;
        List<List<AcceptedOperation>> chunks = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            List<AcceptedOperation> chunk = new ArrayList<>();
            for (int i = 0; i < OpenedBatch.CHUNK; i++) {
                boolean last = c == 2 && i == OpenedBatch.CHUNK - 1;
                String mission = last ? missing : id(wavreMission);
                chunk.add(new AcceptedOperation(new Operation(forge.source(), ++seq, Forge.AT.toEpochMilli() + seq,
                        "forger", Forge.AT, "mission", mission, mission, "notes", null, "note " + seq), null));
            }
            chunks.add(chunk);
        }
        IncomingBatch batch = new IncomingBatch(UUID.randomUUID().toString(), forge.source(), 1_000, 1_000 + seq,
                0, each -> chunks.forEach(each), Optional.empty());

        IllegalArgumentException failed = catchThrowableOfType(IllegalArgumentException.class,
                () -> store.apply(batch, Forge.AT));

        assertThat(failed).hasMessageContaining(missing);
        assertThat(SyncSites.checksum(central)).isEqualTo(before);
    }

    @Test
    void aPartialImportOverSeveralChunksAppliesExactlyTheOperationsAllowed() {
        List<String> created = new ArrayList<>();
        List<Map<String, Object>> operations = new ArrayList<>();
        int refusedCount = 0;
        for (int i = 0; i < OPERATIONS; i++) {
            if (i % 7 == 3 || i == OPERATIONS - 1) {
                operations.add(forge.operation("mission", id(namurMission), id(namurMission), "notes", null,
                        "not WAVRE's to write " + i));
                refusedCount++;
            } else {
                operations.add(newWavreMission(created));
            }
        }
        Path file = forge.batch(operations);
        String before = SyncSites.checksum(central);
        String namurNotes = notes(namurMission);

        ReadBatch read = central.sync().read(file);
        BatchRefused refused = catchThrowableOfType(BatchRefused.class, () -> central.sync().apply(read, false));

        assertThat(refused).isNotNull();
        assertThat(refused.reason()).isEqualTo(BatchRefused.Reason.REFUSED_OPERATIONS);
        assertThat(refused.getMessage()).contains(Integer.toString(refusedCount)).doesNotContain("\n");
        assertThat(SyncSites.checksum(central)).isEqualTo(before);

        ImportReport rest = central.sync().apply(read, true);

        assertThat(rest.refused()).hasSize(refusedCount);
        assertThat(rest.applied()).isEqualTo(OPERATIONS - refusedCount).isEqualTo(created.size());
        assertThat(missions(created)).isEqualTo(created.size());
        assertThat(notes(namurMission)).isEqualTo(namurNotes);
        assertThat(TestServices.store(central).dsl().fetchCount(OPERATION,
                OPERATION.ORIGIN.eq(forge.source())
                        .and(OPERATION.ORIGIN_SEQ.gt(10_000L))))
                .isEqualTo(created.size());
    }

    String notes(Mission m) {
        return TestServices.store(central).dsl().fetchOne("select notes from mission where id = ?", id(m))
                .get(0, String.class);
    }
}
