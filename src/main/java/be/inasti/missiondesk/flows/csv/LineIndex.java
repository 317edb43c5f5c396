package be.inasti.missiondesk.flows.csv;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A number remembered for each value seen (the line it first came on, the mission it opens), by a 128-bit
 * fingerprint of the value, the first half of its SHA-256, in three flat arrays: a million lines of a flow take
 * about 40 MB, where a map of their text and boxed line numbers took about 200 MB. Two different values would share
 * a fingerprint with odds of 2^-128 a pair: never, for files of a few million lines.
 */
public final class LineIndex {
    private static final int FIRST_CAPACITY = 1 << 10;

    private final MessageDigest sha256 = sha256();
    private long[] high = new long[FIRST_CAPACITY];
    private long[] low = new long[FIRST_CAPACITY];
    /** The number plus one: 0 is a free slot. */
    private int[] numbers = new int[FIRST_CAPACITY];
    private int size;

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The number remembered for this value, or -1. */
    public int get(String value) {
        ByteBuffer fingerprint = fingerprint(value);
        return numbers[slot(fingerprint.getLong(0), fingerprint.getLong(8))] - 1;
    }

    /** The number remembered for this value; or -1, after remembering {@code number} (0 or more) for it. */
    public int putIfAbsent(String value, int number) {
        ByteBuffer fingerprint = fingerprint(value);
        long h = fingerprint.getLong(0);
        long l = fingerprint.getLong(8);
        int slot = slot(h, l);
        if (numbers[slot] != 0) {
            return numbers[slot] - 1;
        }
        high[slot] = h;
        low[slot] = l;
        numbers[slot] = number + 1;
        if (++size * 2 > numbers.length) {
            grow();
        }
        return -1;
    }

    private ByteBuffer fingerprint(String value) {
        return ByteBuffer.wrap(sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** Where the fingerprint is, or the free slot where it goes (linear probing, at most half full). */
    private int slot(long h, long l) {
        int mask = numbers.length - 1;
        int slot = (int) l & mask;
        while (numbers[slot] != 0 && (high[slot] != h || low[slot] != l)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldNumbers = numbers;
        high = new long[oldNumbers.length * 2];
        low = new long[oldNumbers.length * 2];
        numbers = new int[oldNumbers.length * 2];
        for (int i = 0; i < oldNumbers.length; i++) {
            if (oldNumbers[i] != 0) {
                int slot = slot(oldHigh[i], oldLow[i]);
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                numbers[slot] = oldNumbers[i];
            }
        }
    }
}
