package be.inasti.missiondesk.sync;

/**
 * Where a batch stands in the exchange between its two sites, as its manifest says: the stretch of the source's log
 * it covers, positions {@code fromPos} to {@code toPos}, and how far the source holds the destination's log (the
 * acknowledgement it carries back).
 */
public record Stretch(long fromPos, long toPos, long acknowledges) {
}
