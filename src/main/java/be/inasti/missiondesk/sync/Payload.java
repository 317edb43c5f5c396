package be.inasti.missiondesk.sync;

import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.DAMAGED;

import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.store.Operation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.GZIPInputStream;

/**
 * The encrypted part of a batch as read: the operations, from gzipped JSON ({@code {"operations": [...]}});
 * {@link PayloadWriter} writes it.
 */
record Payload(List<Operation> operations) {
    /**
     * A payload inflating to more than this many times its compressed size is refused: the JSON of real batches
     * compresses about tenfold, a gzip bomb a thousandfold.
     */
    static final int MAX_INFLATION = 64;
    /**
     * The most any payload may inflate to, whatever its size: about 96 000 operations. They are read a chunk at a
     * time, never all held, so the bound is on the time an import may take, and on what its checks keep of the
     * whole batch (the ids it names, a bit per operation).
     */
    static final long MAX_PLAIN = 64L << 20;
    /** The one field of the payload's JSON object: the list of operations. */
    static final String OPERATIONS = "operations";
    /** A gzip stream's last bytes: the CRC-32 and the length of what it holds. */
    private static final int TRAILER = 8;

    Payload {
        operations = List.copyOf(operations);
    }

    long missions() {
        return operations.stream().map(Operation::missionId).distinct().count();
    }

    /** How many operations a payload holds, on how many distinct missions: what a batch's manifest announces. */
    record Counts(long operations, long missions) {
    }

    /**
     * Reads a payload whole, every operation kept: the tests' way to see what a payload holds. An import never holds
     * them all: {@link #forEachChunk} hands them over a chunk at a time.
     */
    static Payload fromBytes(byte[] gzipped) {
        List<Operation> operations = new ArrayList<>();
        read(gzipped, operations::add);
        return new Payload(operations);
    }

    /**
     * Hands the operations over in the payload's order, {@code size} at a time (the last chunk may hold fewer);
     * only the chunk at hand is held. Damage is refused when it is found, possibly after some chunks: the same bytes
     * give the same operations and the same refusal at each reading.
     */
    static void forEachChunk(byte[] gzipped, int size, Consumer<List<Operation>> chunk) {
        List<Operation> operations = new ArrayList<>(size);
        read(gzipped, op -> {
            operations.add(op);
            if (operations.size() == size) {
                chunk.accept(List.copyOf(operations));
                operations.clear();
            }
        });
        if (!operations.isEmpty()) {
            chunk.accept(List.copyOf(operations));
        }
    }

    /**
     * Reads the operations while the payload inflates, never holding its JSON whole, and hands each over as it is
     * read; a payload that inflates past {@link #MAX_INFLATION} times its size or past {@link #MAX_PLAIN} is refused
     * when it does, one that does not end where its gzip trailer says or with an operation lacking a field once it
     * is read through (in that order: the first damage found reads the same whatever else is wrong).
     *
     * @return how many operations it holds
     */
    private static int read(byte[] gzipped, Consumer<Operation> each) {
        long bound = Math.min(MAX_PLAIN, (long) MAX_INFLATION * gzipped.length);
        Explanation past = Explanation.of("batch.payloadTooLarge", bound, MAX_INFLATION, MAX_PLAIN >> 20);
        CRC32 crc = new CRC32();
        try (BoundedInput in = new BoundedInput(new CheckedInputStream(
                new GZIPInputStream(new ByteArrayInputStream(gzipped)), crc), bound, past)) {
            int[] read = new int[1];
            boolean[] lacking = new boolean[1];
            operations(in, op -> {
                read[0]++;
                lacking[0] |= incomplete(op);
                each.accept(op);
            });
            requireWhole(gzipped, crc, in.given());
            if (lacking[0]) {
                throw lacking();
            }
            return read[0];
        } catch (IOException e) {
            throw new BatchRefused(DAMAGED, "batch.payloadUnreadable", e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static void operations(InputStream json, Consumer<Operation> each) throws IOException {
        try (JsonParser in = BatchFile.JSON.createParser(json)) {
            if (in.nextToken() != JsonToken.START_OBJECT || in.nextToken() != JsonToken.FIELD_NAME
                    || !OPERATIONS.equals(in.currentName()) || in.nextToken() != JsonToken.START_ARRAY) {
                throw lacking();
            }
            while (in.nextToken() != JsonToken.END_ARRAY) {
                each.accept(OperationJson.read(in));
            }
            if (in.nextToken() != JsonToken.END_OBJECT || in.nextToken() != null) {
                throw new BatchRefused(DAMAGED, "batch.payloadTrailing");
            }
        }
    }

    /**
     * A gzip stream ends with the checksum and length (modulo 2³²) of what it holds: bytes after it, which a reader
     * skips silently, or a second stream appended, leave other values there. Both are counted as the JSON is read.
     */
    private static void requireWhole(byte[] gzipped, CRC32 crc, long length) {
        ByteBuffer trailer = ByteBuffer.wrap(gzipped, gzipped.length - TRAILER, TRAILER).order(ByteOrder.LITTLE_ENDIAN);
        if (trailer.getInt() != (int) crc.getValue() || trailer.getInt() != (int) length) {
            throw new BatchRefused(DAMAGED, "batch.payloadTrailing");
        }
    }

    private static BatchRefused lacking() {
        return new BatchRefused(DAMAGED, "batch.payloadIncomplete");
    }

    private static boolean incomplete(Operation op) {
        return op.origin() == null || op.entity() == null || op.entityId() == null || op.missionId() == null
                || op.field() == null || op.author() == null || op.recordedAt() == null;
    }
}
