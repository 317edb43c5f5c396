package be.inasti.missiondesk.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The manifest, in clear and signed: what the batch is, from whom, for whom, which stretch of the source's log it
 * covers, what the source holds of the destination's log ({@code acknowledges}), and how to check and open the
 * payload. No personal data: that is in the encrypted payload only. After a key rotation, {@code keyRotation}
 * announces the source's new public keys ({@link KeyRotation}); written only then.
 */
record BatchHeader(
        String format,
        int version,
        String id,
        String source,
        String destination,
        long fromPos,
        long toPos,
        long acknowledges,
        long operations,
        long missions,
        Instant createdAt,
        String ephemeralKey,
        String nonce,
        long payloadLength,
        String payloadSha256,
        @JsonInclude(JsonInclude.Include.NON_NULL) KeyRotation keyRotation) {

    static final String FORMAT = "missiondesk-batch";
    static final int VERSION = 1;
}
