package be.inasti.missiondesk.sync;

import java.time.Instant;

/**
 * The manifest, in clear and signed: what the batch is, from whom, for whom, which stretch of the source's log it
 * covers, what the source holds of the destination's log ({@code acknowledges}), and how to check and open the
 * payload. No personal data: that is in the encrypted payload only.
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
        String payloadSha256) {

    static final String FORMAT = "missiondesk-batch";
    static final int VERSION = 1;
}
