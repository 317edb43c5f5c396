package be.inasti.missiondesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.store.JsonOperation;
import be.inasti.missiondesk.store.Operation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The payload is written and read by hand, in the very format data binding wrote: version 1 on both sides. */
class PayloadTest {
    static final Instant AT = Instant.parse("2026-11-23T09:00:00.123Z");
    static final List<Operation> OPERATIONS = List.of(
            new Operation("NAM-07", 1, 1_790_000_000_000L, "vrenard", AT, Operation.MISSION, "m-1", "m-1",
                    Operation.CREATE, null, "{\"id\":\"m-1\",\"office\":\"NAMUR\",\"notes\":\"né \\\"été\\\"\"}"),
            new Operation("NAM-07", 2, 1_790_000_000_001L, "vrenard", AT, Operation.CLOCK, "c-1", "m-1",
                    "stopped_on", null, "2026-11-23"),
            new Operation("NAM-07", 3, 1_790_000_000_002L, "vrenard", AT, Operation.MISSION, "m-2", "m-2",
                    "@reason", "long sick leave", null));

    @Test
    void listsTheOperationsAsDataBindingWroteThePayload() throws IOException {
        byte[] dataBinding = BatchFile.JSON.writeValueAsBytes(Map.of("operations", OPERATIONS));

        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        written(OPERATIONS, gzipped);

        assertThat(new String(gunzip(gzipped.toByteArray()), StandardCharsets.UTF_8))
                .isEqualTo(new String(dataBinding, StandardCharsets.UTF_8));
    }

    @Test
    void aLogOfManySlicesReadsBackWholeAndInOrderWithItsCounts() {
        List<Operation> log = IntStream.range(0, 2_500).mapToObj(i -> new Operation("NAM-07", i + 1, 1_790_000_000_000L
                + i, "vrenard", AT, Operation.MISSION, "m-" + i / 2, "m-" + i / 2, "notes", null, "note " + i)).toList();

        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        BatchWriter.Written written = written(log, gzipped);

        assertThat(written.operations()).isEqualTo(2_500);
        assertThat(written.missions()).isEqualTo(1_250);
        assertThat(Payload.fromBytes(gzipped.toByteArray()).operations()).isEqualTo(log);
    }

    @Test
    void theSinkTakesTheGzipStreamOnTheCallersThreadOnly() {
        List<Operation> log = IntStream.range(0, 5_000).mapToObj(i -> new Operation("NAM-07", i + 1, 1_790_000_000_000L
                + i, "vrenard", AT, Operation.MISSION, "m-" + i, "m-" + i, "notes", null, "note " + i)).toList();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();

        written(log, part -> threads.add(Thread.currentThread()));

        assertThat(threads).containsExactly(Thread.currentThread());
    }

    @Test
    void aWriterLeftUnfinishedLeavesNoThreadBehind() throws InterruptedException {
        try (PayloadWriter writer = new PayloadWriter(part -> { })) {
            OPERATIONS.stream().map(PayloadTest::asJson).forEach(writer::add);
        }

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (writerThreadAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(writerThreadAlive()).isFalse();
    }

    @Test
    void readsWhatDataBindingWroteAndCountsTheMissions() throws IOException {
        Payload read = Payload.fromBytes(gzip(BatchFile.JSON.writeValueAsBytes(Map.of("operations", OPERATIONS))));

        assertThat(read.operations()).isEqualTo(OPERATIONS);
        assertThat(read.missions()).isEqualTo(2);
    }

    @Test
    void anUnknownFieldOrAMissingOneIsDamage() {
        String unknown = "{\"operations\":[{\"origin\":\"NAM-07\",\"colour\":\"red\"}]}";
        String missing = "{\"operations\":[{\"origin\":\"NAM-07\",\"originSeq\":1}]}";
        String nested = "{\"operations\":[{\"origin\":{\"site\":\"NAM-07\"}}]}";
        String noList = "{\"operations\":{}}";

        for (String json : List.of(unknown, missing, nested, noList, "[]", "{}")) {
            BatchRefused refused = catchThrowableOfType(BatchRefused.class,
                    () -> Payload.fromBytes(gzip(json.getBytes(StandardCharsets.UTF_8))));
            assertThat(refused).as(json).isNotNull();
            assertThat(refused.reason()).isEqualTo(BatchRefused.Reason.DAMAGED);
        }
    }

    private static BatchWriter.Written written(List<Operation> operations, ByteArrayOutputStream gzipped) {
        return written(operations, gzipped::writeBytes);
    }

    private static BatchWriter.Written written(List<Operation> operations, Consumer<byte[]> sink) {
        try (PayloadWriter writer = new PayloadWriter(sink)) {
            operations.stream().map(PayloadTest::asJson).forEach(writer::add);
            return writer.finish();
        }
    }

    /** An operation as the store hands it over, with the JSON data binding writes for it (see JsonOperationTest). */
    private static JsonOperation asJson(Operation op) {
        try {
            return new JsonOperation(op.missionId(), BatchFile.JSON.writeValueAsBytes(op));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean writerThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("missiondesk-payload"));
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(plain);
        }
        return bytes.toByteArray();
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
