package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.sync.Site;
import be.inasti.missiondesk.store.JsonOperation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes a batch for one destination: the operations go in one by one as the log is read, and are compressed and
 * sealed for the destination meanwhile ({@link PayloadWriter}); {@link #finish} signs the manifest and the sealed
 * payload with the source's key and writes the file. Closing a batch not finished stops its writer.
 */
public final class BatchWriter implements AutoCloseable {
    /** What a written batch holds, as its manifest announces it. */
    public record Written(long operations, long missions) {
    }

    private final String id = UUID.randomUUID().toString();
    private final String source;
    private final String destination;
    private final BatchCrypto.Sealing sealing;
    private final PayloadWriter payload;

    /** Starts a batch from the source site, under a new batch id, sealed for the destination's agreement key. */
    public BatchWriter(String source, Site destination) {
        this.source = source;
        this.destination = destination.id();
        this.sealing = sealing(destination, id);
        this.payload = new PayloadWriter(sealing::update);
    }

    public void add(JsonOperation op) {
        payload.add(op);
    }

    /**
     * Seals what was added, signs it with the manifest (the source's Ed25519 private key, PKCS#8) and writes the
     * file, whole or not at all. After a rotation, {@code rotated} is the source with its new public keys, which
     * the manifest announces ({@link KeyRotation}); the signing key is then the previous one.
     */
    public Written finish(Path file, Stretch stretch, byte[] signingKey, Optional<Site> rotated, Instant at) {
        Written written = payload.finish();
        BatchCrypto.Sealed sealed = sealed(sealing);
        Base64.Encoder b64 = Base64.getEncoder();
        write(file, new BatchHeader(BatchHeader.FORMAT, BatchHeader.VERSION, id, source, destination,
                stretch.fromPos(), stretch.toPos(), stretch.acknowledges(), written.operations(), written.missions(),
                at, b64.encodeToString(sealed.ephemeralKey()), b64.encodeToString(sealed.nonce()),
                sealed.ciphertext().length, BatchFile.sha256(sealed.ciphertext()),
                rotated.map(KeyRotation::of).orElse(null)), sealed.ciphertext(), signingKey);
        return written;
    }

    @Override
    public void close() {
        payload.close();
    }

    private static BatchCrypto.Sealing sealing(Site destination, String batchId) {
        try {
            return BatchCrypto.sealing(BatchCrypto.publicKey(BatchCrypto.AGREEMENT, destination.agreementKey()),
                    batchId.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal the batch: " + e.getMessage(), e);
        }
    }

    private static BatchCrypto.Sealed sealed(BatchCrypto.Sealing sealing) {
        try {
            return sealing.finish();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal the batch: " + e.getMessage(), e);
        }
    }

    private static void write(Path file, BatchHeader header, byte[] ciphertext, byte[] signingKey) {
        try {
            byte[] headerBytes = BatchFile.headerBytes(header);
            byte[] signature = BatchCrypto.sign(BatchCrypto.privateKey(BatchCrypto.SIGNING, signingKey),
                    BatchFile.MAGIC, headerBytes, ciphertext);
            BatchFile.write(file, headerBytes, signature, ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the batch: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DomainException("file.cannotWrite", file, e.getMessage());
        }
    }
}
