package be.inasti.missiondesk.sync;

import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.DAMAGED;

import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.domain.sync.Site;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

/**
 * A batch signed by a registered site and addressed to this one ({@link ReceivedBatch#verify}): its manifest can be
 * believed; its operations stay sealed until {@link #open}ed with this site's key.
 */
public final class VerifiedBatch {
    private final BatchFile.Parts parts;
    private final Site source;

    VerifiedBatch(BatchFile.Parts parts, Site source) {
        this.parts = parts;
        this.source = source;
    }

    /** The batch's id, the same however often the file is received: a replay is recognised by it. */
    public String id() {
        return parts.header().id();
    }

    public Site source() {
        return source;
    }

    /** The source with the new public keys this batch announces (manifest field {@code keyRotation}), if any. */
    public Optional<Site> rotatedSource() {
        return Optional.ofNullable(parts.header().keyRotation()).map(rotation -> rotation.applyTo(source));
    }

    public Stretch stretch() {
        BatchHeader h = parts.header();
        return new Stretch(h.fromPos(), h.toPos(), h.acknowledges());
    }

    /**
     * Checks that the stretch and the acknowledgement are ones the source could write, before anything is decrypted:
     * positions from 1 on, a stretch that ends no earlier than just before it starts (an empty batch), and an
     * acknowledgement of no more than this site ever sent the source. A signed manifest can still lie: a stolen key
     * signs anything, and a position believed here would switch gap detection off or block every later batch.
     *
     * @param exportedToSource the last position of this site's log exported to the source
     */
    public void requireStretch(long exportedToSource) {
        BatchHeader h = parts.header();
        if (h.fromPos() < 1 || h.toPos() < h.fromPos() - 1) {
            throw new BatchRefused(DAMAGED, "batch.stretchImpossible", h.fromPos(), h.toPos());
        }
        if (h.acknowledges() < 0 || h.acknowledges() > exportedToSource) {
            throw new BatchRefused(DAMAGED, "batch.acknowledgesUnknown", h.acknowledges(), exportedToSource);
        }
    }

    /**
     * Decrypts the payload with this site's X25519 private key (PKCS#8) and checks that the manifest announces no
     * fewer positions than operations, and no more positions left out than the source can hold of others'
     * operations. That the payload holds what the manifest announces is checked on its first reading through
     * ({@link OpenedBatch#forEachChunk}), which an import does before it writes anything: reading it through here
     * too would read every batch one time more.
     *
     * @param mostLeftOut how many positions of the stretch may hold operations not carried
     */
    public OpenedBatch open(byte[] agreementKey, long mostLeftOut) {
        BatchHeader h = parts.header();
        byte[] plain;
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            plain = BatchCrypto.open(BatchCrypto.privateKey(BatchCrypto.AGREEMENT, agreementKey),
                    b64.decode(h.ephemeralKey()), b64.decode(h.nonce()), parts.payload(),
                    h.id().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new BatchRefused(DAMAGED, "batch.cannotDecrypt");
        }
        long positions = h.toPos() - h.fromPos() + 1;
        if (h.operations() > positions || positions - h.operations() > mostLeftOut) {
            throw new BatchRefused(DAMAGED, "batch.stretchDiffers", h.fromPos(), h.toPos(), h.operations());
        }
        return new OpenedBatch(plain, new Payload.Counts(h.operations(), h.missions()));
    }
}
