package be.inasti.missiondesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.store.SyncStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * Batches forged with a registered caseworker desk's real key (WAVRE's): a valid signature proves who sent them, not
 * that what they carry is allowed. Each is refused with one clear line, and every table of the centre is unchanged.
 */
class ForgedBatchTest extends ForgedSceneTest {
    /** Refused with one line holding {@code expected}, no exception's name, and the centre's tables unchanged. */
    BatchRefused refused(Path batch, String expected) {
        String before = SyncSites.checksum(central);
        BatchRefused refused = catchThrowableOfType(BatchRefused.class, () -> central.sync().importBatch(batch, true));
        assertThat(refused).as("a forged batch must be refused").isNotNull();
        assertThat(refused.getMessage()).contains(expected).doesNotContain("Exception", "\n");
        assertThat(SyncSites.checksum(central)).as("the centre after: " + refused.getMessage()).isEqualTo(before);
        return refused;
    }

    String id(Mission m) {
        return m.id().toString();
    }

    String clockOf(Mission m) {
        return m.clocks().getFirst().id().toString();
    }

    /** The columns a mission's creation carried, as the centre logged them. */
    Map<String, String> createdColumns(Mission m) {
        return scene.logged("mission", "entity_id", id(m));
    }

    Map<String, String> newWavreMission() throws Exception {
        Map<String, String> columns = createdColumns(wavreMission);
        columns.put("id", UUID.randomUUID().toString());
        return columns;
    }

    Map<String, Object> create(Map<String, String> columns) {
        return forge.operation("mission", columns.get("id"), columns.get("id"), "*", null, Forge.columns(columns));
    }

    // 1. Rights decided on what an operation really changes

    @Test
    void aMissionOperationOnANamurMissionClaimingAWavreOneIsRefused() {
        refused(forge.batch(Forge.list(forge.operation("mission", id(namurMission), id(wavreMission), "status",
                "RECEIVED", "CLOSED"))), id(namurMission));
        refused(forge.batch(Forge.list(forge.operation("mission", id(namurMission), id(wavreMission), "notes", null,
                "rewritten"))), id(namurMission));
    }

    @Test
    void aClockOperationOnANamurClockClaimingAWavreMissionIsRefused() {
        refused(forge.batch(Forge.list(forge.operation("clock", clockOf(namurMission), id(wavreMission),
                "stopped_on", null, "2026-11-23"))), id(namurMission));
        refused(forge.batch(Forge.list(forge.operation("clock", clockOf(namurMission), id(wavreMission),
                "cancelled", "false", "true"))), id(namurMission));
    }

    @Test
    void aClockCreatedOnANamurMissionClaimingAWavreOneIsRefused() throws Exception {
        Map<String, String> clock = scene.logged("clock", "mission_id", id(wavreMission));
        clock.put("id", UUID.randomUUID().toString());
        clock.put("mission_id", id(namurMission));

        refused(forge.batch(Forge.list(forge.operation("clock", clock.get("id"), id(wavreMission), "*", null,
                Forge.columns(clock)))), id(namurMission));
    }

    /** A desk not yet upgraded knows no clock.stopped_office: its creates still land, the column empty. */
    @Test
    void aClockCreatedWithoutAColumnAddedSinceIsAcceptedEmpty() throws Exception {
        Map<String, String> mission = newWavreMission();
        Map<String, String> clock = scene.logged("clock", "mission_id", id(wavreMission));
        clock.put("id", UUID.randomUUID().toString());
        clock.put("mission_id", mission.get("id"));
        clock.remove("stopped_office");

        central.sync().importBatch(forge.batch(Forge.list(create(mission), forge.operation("clock", clock.get("id"),
                mission.get("id"), "*", null, Forge.columns(clock)))), false);

        assertThat(central.missions().get(UUID.fromString(mission.get("id"))).clocks())
                .extracting(c -> c.id().toString()).containsExactly(clock.get("id"));
        clock.remove("mission_id");
        refused(forge.batch(Forge.list(forge.operation("clock", UUID.randomUUID().toString(), mission.get("id"), "*",
                null, Forge.columns(clock)))), "'mission_id' is missing");
    }

    @Test
    void aCreateWhoseColumnsNameAnotherIdIsRefused() throws Exception {
        Map<String, String> columns = createdColumns(namurMission);
        columns.put("office", "WAVRE");
        String entityId = UUID.randomUUID().toString();

        refused(forge.batch(Forge.list(forge.operation("mission", entityId, entityId, "*", null,
                Forge.columns(columns)))), id(namurMission));
    }

    @Test
    void aCreateForAnExistingMissionThenAChangeIsRefused() throws Exception {
        Map<String, String> columns = createdColumns(namurMission);
        columns.put("office", "WAVRE");

        refused(forge.batch(Forge.list(create(columns), forge.operation("mission", id(namurMission),
                id(namurMission), "status", "RECEIVED", "CLOSED"))), "exists already");
    }

    @Test
    void aCreateHoldingTheOfficeTwiceIsRefused() throws Exception {
        Map<String, String> columns = newWavreMission();
        String json = Forge.columns(columns).replace("\"office\":\"WAVRE\"",
                "\"office\":\"WAVRE\",\"office\":\"NAMUR\"");
        assertThat(json).contains("NAMUR");

        refused(forge.batch(Forge.list(forge.operation("mission", columns.get("id"), columns.get("id"), "*", null,
                json))), "office");
    }

    @Test
    void nothingForgedReachesTheDeskThatOwnsTheMission() {
        refused(forge.batch(Forge.list(forge.operation("mission", id(namurMission), id(wavreMission), "status",
                "RECEIVED", "CLOSED"))), id(namurMission));

        assertThat(central.sync().export(folder.resolve("to-namur.mdb"), Optional.of("NAM-07"), false, false)
                .operations()).isZero();
    }

    @Test
    void aDesksOwnWorkStillApplies() throws Exception {
        Map<String, String> columns = newWavreMission();

        assertThat(central.sync().importBatch(forge.batch(Forge.list(create(columns),
                forge.operation("mission", columns.get("id"), columns.get("id"), "notes", null, "checked"),
                forge.operation("clock", clockOf(wavreMission), id(wavreMission), "cancelled", "false", "true"))),
                false).applied()).isEqualTo(3);
    }

    // 2. Every incoming value checked as if a person had typed it

    @Test
    void impossibleOrNonDatesAreRefused() {
        refused(forge.batch(Forge.list(forge.operation("mission", id(wavreMission), id(wavreMission), "received_on",
                "2026-11-18", "2026-02-30"))), "received_on");
        refused(forge.batch(Forge.list(forge.operation("clock", clockOf(wavreMission), id(wavreMission),
                "stopped_on", null, "soon"))), "stopped_on");
    }

    @Test
    void aStatusOrTypeNoWorkflowHasIsRefused() {
        refused(forge.batch(Forge.list(forge.operation("mission", id(wavreMission), id(wavreMission), "status",
                "RECEIVED", "FLYING"))), "status");
        refused(forge.batch(Forge.list(forge.operation("mission", id(wavreMission), id(wavreMission), "type",
                "TITRES_SERVICES", "SPACESHIP"))), "type");
    }

    /** Found by ForgedOperationProperties: a person's NISS changed to nothing left a person without a NISS. */
    @Test
    void aMissionsSubjectIsNotChangedAfterItsCreation() {
        refused(forge.batch(Forge.list(forge.operation("mission", id(wavreMission), id(wavreMission), "subject_id",
                null, null))), "subject_id");
        refused(forge.batch(Forge.list(forge.operation("mission", id(wavreMission), id(wavreMission), "subject_kind",
                "PERSON", "COMPANY"))), "subject_kind");
    }

    @Test
    void anInvalidNissOrBceIsRefusedWithoutShowingIt() throws Exception {
        Map<String, String> person = newWavreMission();
        person.put("subject_id", "85073003329");
        refused(forge.batch(Forge.list(create(person))), "subject_id");
        Map<String, String> company = newWavreMission();
        company.put("subject_kind", "COMPANY");
        company.put("subject_id", "0123456789");
        assertThat(refused(forge.batch(Forge.list(create(company))), "subject_id").getMessage())
                .doesNotContain("0123456789");
    }

    @Test
    void aCreateMissingColumnsOrWithANonUuidIdIsRefused() throws Exception {
        Map<String, String> lacking = newWavreMission();
        lacking.remove("status");
        refused(forge.batch(Forge.list(create(lacking))), "status");
        Map<String, String> notAnId = newWavreMission();
        notAnId.put("id", "m-1");
        refused(forge.batch(Forge.list(create(notAnId))), "m-1");
    }

    @Test
    void aNegativeOrBooleanSequenceIsRefused() {
        Map<String, Object> negative = forge.operation("mission", id(wavreMission), id(wavreMission), "notes", null,
                "x");
        negative.put("originSeq", -4);
        refused(forge.batch(Forge.list(negative)), "originSeq");
        Map<String, Object> bool = forge.operation("mission", id(wavreMission), id(wavreMission), "notes", null, "x");
        bool.put("originSeq", true);
        refused(forge.batch(Forge.list(bool)), "originSeq");
    }

    @Test
    void aClockFarAheadOrNegativeIsRefused() {
        Map<String, Object> ahead = forge.operation("mission", id(wavreMission), id(wavreMission), "notes", null,
                "x");
        ahead.put("hlc", Long.MAX_VALUE);
        refused(forge.batch(Forge.list(ahead)), "hlc");
        Map<String, Object> tomorrow = forge.operation("mission", id(wavreMission), id(wavreMission), "notes", null,
                "x");
        tomorrow.put("hlc", Forge.AT.plusSeconds(2 * 86_400).toEpochMilli());
        refused(forge.batch(Forge.list(tomorrow)), "hlc");
        Map<String, Object> negative = forge.operation("mission", id(wavreMission), id(wavreMission), "notes", null,
                "x");
        negative.put("hlc", -1);
        refused(forge.batch(Forge.list(negative)), "hlc");
    }

    @Test
    void checkFindsValuesTheDomainWouldRefuse() {
        assertThat(central.database().check()).allMatch(r -> r.problems().isEmpty());
        DSLContext db = TestServices.store(central).dsl();
        db.execute("update mission set type = 'SPACESHIP', status = 'FLYING' where id = ?", id(namurMission));
        db.execute("update clock set id = 'c-1' where mission_id = ?", id(wavreMission));
        db.execute("update clock set due_on = 'soon' where mission_id = ?", id(namurMission));

        List<String> problems = central.database().check().stream().flatMap(r -> r.problems().stream()).toList();

        assertThat(String.join("\n", problems)).contains("SPACESHIP", "FLYING", "c-1", "soon");
    }

    // 3. The manifest cannot lie

    @Test
    void anAcknowledgementBeyondAnythingExportedIsRefused() {
        List<Map<String, Object>> ops = Forge.list(forge.operation("mission", id(wavreMission), id(wavreMission),
                "notes", null, "x"));
        long from = firstPosition();
        refused(forge.batch(new Stretch(from, from, 1_000_000), ops, new byte[0]), "1000000");
    }

    @Test
    void aStretchBeyondTheOperationsCarriedIsRefused() {
        long from = firstPosition();
        for (long to : new long[] {1L << 62, Long.MAX_VALUE}) {
            refused(forge.batch(new Stretch(from, to, 0), Forge.list(forge.operation("mission", id(wavreMission),
                    id(wavreMission), "notes", null, "x")), new byte[0]), "damaged");
        }
    }

    @Test
    void aStretchEndingBeforeItStartsIsRefused() {
        long from = firstPosition();
        refused(forge.batch(new Stretch(from, from - 3, 0), Forge.list(forge.operation("mission", id(wavreMission),
                id(wavreMission), "notes", null, "x")), new byte[0]), "damaged");
    }

    @Test
    void aManifestThatMiscountsItsOperationsOrMissionsIsRefusedInPartialModeToo() {
        long from = firstPosition();
        List<Map<String, Object>> ops = Forge.list(forge.operation("mission", id(wavreMission), id(wavreMission),
                "notes", null, "x"), forge.operation("mission", id(wavreMission), id(wavreMission), "notes", "x", "y"));
        byte[] json = Forge.gzip(("{\"operations\":" + Forge.JSON.valueToTree(ops) + "}")
                .getBytes(StandardCharsets.UTF_8));
        Stretch two = new Stretch(from, from + 1, 0);

        refused(forge.file(two, 1, 1, json), "announces 1 operations on 1 missions, the payload holds 2 on 1");
        refused(forge.file(two, 2, 2, json), "announces 2 operations on 2 missions, the payload holds 2 on 1");
        refused(forge.file(two, 2, Integer.MAX_VALUE * 4L, json), "the payload holds 2 on 1");
    }

    @Test
    void bytesAfterThePayloadAreRefused() {
        long from = firstPosition();
        List<Map<String, Object>> ops = Forge.list(forge.operation("mission", id(wavreMission), id(wavreMission),
                "notes", null, "x"));
        refused(forge.batch(new Stretch(from, from, 0), ops, "{\"more\":1}".getBytes(StandardCharsets.UTF_8)),
                "more than its operations");
        byte[] json = Forge.gzip(("{\"operations\":[]}").getBytes(StandardCharsets.UTF_8));
        byte[] trailing = Arrays.copyOf(json, json.length + 7);
        refused(forge.file(new Stretch(from, from - 1, 0), 0, 0, trailing), "more than its operations");
    }

    long firstPosition() {
        return new SyncStore(TestServices.store(central)).partner(forge.source()).appliedPos() + 1;
    }
}
