package be.inasti.missiondesk.sync;

import static be.inasti.missiondesk.sync.BatchRefused.Reason.DAMAGED;

import be.inasti.missiondesk.store.Operation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The encrypted part of a batch: the operations, as gzipped JSON. */
record Payload(List<Operation> operations) {
    /** A decompressed payload larger than this is refused: no honest batch comes near it. */
    private static final int MAX_PLAIN = 512 << 20;

    Payload {
        operations = List.copyOf(operations);
    }

    long missions() {
        return operations.stream().map(Operation::missionId).distinct().count();
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            BatchFile.JSON.writeValue(zip, this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the payload", e);
        }
        return bytes.toByteArray();
    }

    static Payload fromBytes(byte[] gzipped) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            byte[] json = in.readNBytes(MAX_PLAIN + 1);
            if (json.length > MAX_PLAIN) {
                throw new BatchRefused(DAMAGED, "the payload unpacks to more than " + (MAX_PLAIN >> 20) + " MiB");
            }
            Payload payload = BatchFile.JSON.readValue(json, Payload.class);
            if (payload == null || payload.operations().stream().anyMatch(Payload::incomplete)) {
                throw new BatchRefused(DAMAGED, "the payload lacks operations or their required fields");
            }
            return payload;
        } catch (IOException e) {
            throw new BatchRefused(DAMAGED, "the payload cannot be read: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
    }

    private static boolean incomplete(Operation op) {
        return op == null || op.origin() == null || op.entity() == null || op.entityId() == null
                || op.missionId() == null || op.field() == null || op.author() == null || op.recordedAt() == null;
    }
}
