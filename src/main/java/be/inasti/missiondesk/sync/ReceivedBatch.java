package be.inasti.missiondesk.sync;

import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.BAD_SIGNATURE;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.DAMAGED;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.NOT_A_BATCH;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.NOT_FOR_THIS_SITE;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.UNKNOWN_SOURCE;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.domain.sync.Site;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.function.Function;

/**
 * A batch file as read: a MissionDesk batch of a known version, whole (lengths and checksum checked by
 * {@link BatchFile}), and nothing it says believed yet: {@link #verify} checks who sent it and for whom.
 */
public final class ReceivedBatch {
    /**
     * A batch file larger than this is refused from its size, unread: the import holds the file, its sealed payload
     * and the opened one at once (AES-GCM checks the whole before it gives any of it), about three times this on top
     * of the 140 MiB any command costs, and must stay within 256 MiB. A real batch is far smaller: 50 000 operations
     * make 3.2 MiB, a payload at its own bound ({@link Payload#MAX_PLAIN} of JSON) about 6.5 MiB (see sync.md).
     */
    static final long MAX_FILE = 16L << 20;

    private final BatchFile.Parts parts;

    private ReceivedBatch(BatchFile.Parts parts) {
        this.parts = parts;
    }

    public static ReceivedBatch read(Path file) {
        return new ReceivedBatch(BatchFile.read(readAll(file)));
    }

    /**
     * Reads the file if it is a regular file of at most {@link #MAX_FILE}, checked before it is opened: opening a
     * pipe waits for a writer, and a device such as {@code /dev/zero} never ends. No more than the size found is
     * read, should the file be swapped meanwhile.
     */
    private static byte[] readAll(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new BatchRefused(NOT_A_BATCH, "batch.notAFile", file);
            }
            if (attributes.size() > MAX_FILE) {
                throw new BatchRefused(DAMAGED, "batch.tooLarge", file, attributes.size() >> 20, MAX_FILE >> 20);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) attributes.size());
            }
        } catch (IOException e) {
            throw new DomainException("file.cannotRead", file, e.getMessage());
        }
    }

    /**
     * Checks, in this order, that the batch comes from another site, one registered here, that its signature is
     * that site's, and that it is addressed to this site.
     *
     * @param registered the sites registered here, by id
     */
    public VerifiedBatch verify(Site self, Function<String, Optional<Site>> registered) {
        BatchHeader h = parts.header();
        if (h.source().equals(self.id())) {
            throw new BatchRefused(NOT_FOR_THIS_SITE, "batch.ownBatch", h.source(), h.destination());
        }
        Site source = registered.apply(h.source())
                .orElseThrow(() -> new BatchRefused(UNKNOWN_SOURCE, "batch.unknownSource", h.source()));
        boolean valid;
        try {
            valid = BatchCrypto.verify(BatchCrypto.publicKey(BatchCrypto.SIGNING, source.signingKey()),
                    parts.signature(), parts.signed());
        } catch (GeneralSecurityException e) {
            valid = false;
        }
        if (!valid) {
            throw new BatchRefused(BAD_SIGNATURE, "batch.badSignature", h.source());
        }
        if (!h.destination().equals(self.id())) {
            throw new BatchRefused(NOT_FOR_THIS_SITE, "batch.otherDestination", h.destination(), self.id());
        }
        return new VerifiedBatch(parts, source);
    }
}
