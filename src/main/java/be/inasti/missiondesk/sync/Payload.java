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
     * The most any payload may inflate to, whatever its size: its operations are held in memory, about twice the
     * size of their JSON, and must fit beside the sealed and the opened payload in the import's 256 MiB.
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

    /**
     * Reads the operations while the payload inflates, never holding its JSON whole; a payload that inflates past
     * {@link #MAX_INFLATION} times its size or past {@link #MAX_PLAIN} is refused when it does.
     */
    static Payload fromBytes(byte[] gzipped) {
        long bound = Math.min(MAX_PLAIN, (long) MAX_INFLATION * gzipped.length);
        Explanation past = Explanation.of("batch.payloadTooLarge", bound, MAX_INFLATION, MAX_PLAIN >> 20);
        CRC32 crc = new CRC32();
        try (BoundedInput in = new BoundedInput(new CheckedInputStream(
                new GZIPInputStream(new ByteArrayInputStream(gzipped)), crc), bound, past)) {
            List<Operation> operations = operations(in);
            requireWhole(gzipped, crc, in.given());
            if (operations.stream().anyMatch(Payload::incomplete)) {
                throw lacking();
            }
            return new Payload(operations);
        } catch (IOException e) {
            throw new BatchRefused(DAMAGED, "batch.payloadUnreadable", e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static List<Operation> operations(InputStream json) throws IOException {
        try (JsonParser in = BatchFile.JSON.createParser(json)) {
            if (in.nextToken() != JsonToken.START_OBJECT || in.nextToken() != JsonToken.FIELD_NAME
                    || !OPERATIONS.equals(in.currentName()) || in.nextToken() != JsonToken.START_ARRAY) {
                throw lacking();
            }
            List<Operation> operations = new ArrayList<>();
            while (in.nextToken() != JsonToken.END_ARRAY) {
                operations.add(OperationJson.read(in));
            }
            if (in.nextToken() != JsonToken.END_OBJECT || in.nextToken() != null) {
                throw new BatchRefused(DAMAGED, "batch.payloadTrailing");
            }
            return operations;
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
