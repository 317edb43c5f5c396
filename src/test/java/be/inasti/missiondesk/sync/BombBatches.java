package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.store.KeyRing;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Batches an attacker holding a registered site's signing key would write: signed and sealed as MissionDesk does,
 * with a payload that inflates without end. The payload is compressed as it is generated: the inflated gibibytes
 * never exist, in the test or on disk.
 */
final class BombBatches {
    private static final int CHUNK = 1 << 20;

    private BombBatches() {
    }

    /**
     * Writes, from the command line, a bomb for the benchmark in performance.md: {@code FILE SOURCE_KEYS
     * DESTINATION_IDENTITY MIB [random]}, the source's key file (beside its database) and the destination's identity
     * file; with {@code random}, a payload of random bytes that does not compress: a file as large as its payload.
     */
    public static void main(String[] args) throws Exception {
        KeyRing source = BatchFile.JSON.readValue(Path.of(args[1]).toFile(), KeyRing.class);
        JsonNode destination = BatchFile.JSON.readTree(Path.of(args[2]).toFile());
        write(Path.of(args[0]), source.site(), source.current().signingPrivate(), destination.get("id").asText(),
                Base64.getDecoder().decode(destination.get("agreementKey").asText()),
                "{\"" + Payload.OPERATIONS + "\":[", (byte) ' ', Long.parseLong(args[3]) << 20,
                args.length > 4 && args[4].equals("random"));
    }

    static void write(Path file, String source, byte[] signingKey, String destination, byte[] agreementKey,
            String prefix, byte filler, long length) throws IOException, GeneralSecurityException {
        write(file, source, signingKey, destination, agreementKey, prefix, filler, length, false);
    }

    /**
     * A batch from {@code source} (its Ed25519 private key, PKCS#8) sealed for {@code destination} (its X25519
     * public key, X.509) whose payload is {@code prefix} followed by {@code length} times {@code filler}, or by
     * {@code length} random bytes.
     */
    private static void write(Path file, String source, byte[] signingKey, String destination, byte[] agreementKey,
            String prefix, byte filler, long length, boolean random) throws IOException, GeneralSecurityException {
        String id = UUID.randomUUID().toString();
        BatchCrypto.Sealing sealing = BatchCrypto.sealing(
                BatchCrypto.publicKey(BatchCrypto.AGREEMENT, agreementKey), id.getBytes(StandardCharsets.US_ASCII));
        try (OutputStream gzip = new GZIPOutputStream(new Sealed(sealing), CHUNK)) {
            gzip.write(prefix.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[CHUNK];
            Arrays.fill(chunk, filler);
            for (long left = length; left > 0; left -= CHUNK) {
                if (random) {
                    new SecureRandom().nextBytes(chunk);
                }
                gzip.write(chunk, 0, (int) Math.min(CHUNK, left));
            }
        }
        BatchCrypto.Sealed sealed = sealing.finish();
        Base64.Encoder b64 = Base64.getEncoder();
        byte[] header = BatchFile.headerBytes(new BatchHeader(BatchHeader.FORMAT, BatchHeader.VERSION, id, source,
                destination, 1, 1, 0, 1, 1, Instant.now(), b64.encodeToString(sealed.ephemeralKey()),
                b64.encodeToString(sealed.nonce()), sealed.ciphertext().length, BatchFile.sha256(sealed.ciphertext()),
                null));
        BatchFile.write(file, header, BatchCrypto.sign(BatchCrypto.privateKey(BatchCrypto.SIGNING, signingKey),
                BatchFile.MAGIC, header, sealed.ciphertext()), sealed.ciphertext());
    }

    /** The gzip stream, handed to the sealing as it comes. */
    private static final class Sealed extends OutputStream {
        private final BatchCrypto.Sealing sealing;

        Sealed(BatchCrypto.Sealing sealing) {
            this.sealing = sealing;
        }

        @Override
        public void write(int b) {
            sealing.update(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] b, int off, int len) {
            sealing.update(Arrays.copyOfRange(b, off, off + len));
        }
    }
}
