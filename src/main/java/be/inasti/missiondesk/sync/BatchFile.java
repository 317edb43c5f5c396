package be.inasti.missiondesk.sync;

import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.DAMAGED;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.NOT_A_BATCH;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.UNSUPPORTED_VERSION;

import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.store.SafeFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The container on disk: a magic line, the header (JSON, length-prefixed), the signature (length-prefixed), then
 * the sealed payload. Reading checks shape, version, length and hash before anything is decrypted; writing goes
 * through {@link SafeFiles} (temporary file, flushed to disk, renamed), so an interrupted export leaves no half
 * file under the batch's name, even after a power cut.
 */
final class BatchFile {
    static final byte[] MAGIC = "MISSIONDESK-BATCH\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEADER = 64 * 1024;
    private static final int MAX_SIGNATURE = 1024;
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The parts of a batch as read, the header bytes kept exactly as signed. */
    record Parts(BatchHeader header, byte[] headerBytes, byte[] signature, byte[] payload) {
        /** What the signature covers. */
        byte[][] signed() {
            return new byte[][] {MAGIC, headerBytes, payload};
        }
    }

    private BatchFile() {
    }

    static byte[] headerBytes(BatchHeader header) {
        try {
            return JSON.writeValueAsBytes(header);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a batch header", e);
        }
    }

    static void write(Path target, byte[] headerBytes, byte[] signature, byte[] payload) throws IOException {
        Path temporary = SafeFiles.temporaryBeside(target, ".missiondesk-export-");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(temporary)))) {
                out.write(MAGIC);
                out.writeInt(headerBytes.length);
                out.write(headerBytes);
                out.writeInt(signature.length);
                out.write(signature);
                out.write(payload);
            }
            SafeFiles.publish(temporary, target.toAbsolutePath());
        } finally {
            SafeFiles.deleteQuietly(temporary);
        }
    }

    static Parts read(byte[] file) {
        if (file.length < MAGIC.length || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new BatchRefused(NOT_A_BATCH, file.length == 0 ? "batch.empty" : "batch.noMarker");
        }
        ByteBuffer in = ByteBuffer.wrap(file, MAGIC.length, file.length - MAGIC.length);
        byte[] headerBytes = block(in, MAX_HEADER, Explanation.of("batch.header"));
        BatchHeader header = parseHeader(headerBytes);
        byte[] signature = block(in, MAX_SIGNATURE, Explanation.of("batch.signature"));
        byte[] payload = new byte[in.remaining()];
        in.get(payload);
        if (payload.length != header.payloadLength()) {
            throw new BatchRefused(DAMAGED, "batch.payloadLength", payload.length, header.payloadLength());
        }
        if (!sha256(payload).equals(header.payloadSha256())) {
            throw new BatchRefused(DAMAGED, "batch.checksum");
        }
        return new Parts(header, headerBytes, signature, payload);
    }

    private static byte[] block(ByteBuffer in, int max, Explanation what) {
        if (in.remaining() < Integer.BYTES) {
            throw new BatchRefused(DAMAGED, "batch.endsBefore", what);
        }
        int length = in.getInt();
        if (length < 0 || length > max || length > in.remaining()) {
            throw new BatchRefused(DAMAGED, "batch.blockLength", what, length);
        }
        byte[] block = new byte[length];
        in.get(block);
        return block;
    }

    private static BatchHeader parseHeader(byte[] bytes) {
        BatchHeader header;
        try {
            header = JSON.readValue(bytes, BatchHeader.class);
        } catch (IOException e) {
            throw new BatchRefused(DAMAGED, "batch.manifestUnreadable");
        }
        if (header == null || !BatchHeader.FORMAT.equals(header.format())) {
            throw new BatchRefused(NOT_A_BATCH, "batch.unknownFormat");
        }
        if (header.version() != BatchHeader.VERSION) {
            throw new BatchRefused(UNSUPPORTED_VERSION, "batch.version", header.version(), BatchHeader.VERSION);
        }
        if (header.source() == null || header.destination() == null || header.id() == null
                || header.ephemeralKey() == null || header.nonce() == null || header.payloadSha256() == null) {
            throw new BatchRefused(DAMAGED, "batch.manifestIncomplete");
        }
        return header;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
