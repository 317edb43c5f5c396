package be.inasti.missiondesk.sync;

import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.DAMAGED;

import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.sync.BatchRefused;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that refuses to give more than a bound: a payload that inflates without end (a gzip bomb) is refused as
 * soon as it passes the bound, having cost no more memory than the reader's buffer.
 */
final class BoundedInput extends FilterInputStream {
    private final long bound;
    private final Explanation past;
    private long given;

    /** @param past why the batch is refused once more than {@code bound} bytes are read */
    BoundedInput(InputStream in, long bound, Explanation past) {
        super(in);
        this.bound = bound;
        this.past = past;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        count(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    /** How many bytes went through so far. */
    long given() {
        return given;
    }

    private void count(long n) {
        if (n > 0) {
            given += n;
        }
        if (given > bound) {
            throw new BatchRefused(DAMAGED, past);
        }
    }
}
