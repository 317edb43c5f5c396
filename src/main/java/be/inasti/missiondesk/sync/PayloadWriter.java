package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.store.JsonOperation;
import be.inasti.missiondesk.sync.BatchWriter.Written;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the payload of an export, gzipped JSON, on a thread of its own while the caller is still reading the log:
 * the compression costs about as much as the select, and on two cores they overlap. The caller hands the operations
 * over one by one ({@link #add}), each already JSON (SQLite writes it), and, between two slices, passes the gzip
 * stream written so far to the sink (the encryption), so that the sealing too runs beside the writer rather than
 * after it. {@link #finish} passes the rest and says what the payload holds.
 */
final class PayloadWriter implements AutoCloseable {
    /** Operations go over in slices: one hand-over per operation would cost more than writing it. */
    private static final int SLICE = 1_000;
    /** The end of the operations: the writer closes the JSON and the gzip stream. */
    private static final List<JsonOperation> END = List.of();
    /** The end of the gzip stream, after its last part. */
    private static final byte[] DONE = new byte[0];
    private static final long WAIT_MILLIS = 100;
    /** The payload is one object, its one field the list of operations, written with no spaces. */
    private static final byte[] START = ("{\"" + Payload.OPERATIONS + "\":[").getBytes(StandardCharsets.UTF_8);
    private static final byte[] FINISH = "]}".getBytes(StandardCharsets.UTF_8);

    private final Consumer<byte[]> sink;
    private final BlockingQueue<List<JsonOperation>> slices = new ArrayBlockingQueue<>(8);
    private final BlockingQueue<byte[]> gzipped = new LinkedBlockingQueue<>();
    private final FutureTask<Written> writing = new FutureTask<>(this::write);
    private List<JsonOperation> slice = new ArrayList<>(SLICE);

    /** @param sink takes the gzip stream part by part, in order, always on the caller's thread */
    PayloadWriter(Consumer<byte[]> sink) {
        this.sink = sink;
        Thread.ofPlatform().name("missiondesk-payload").daemon().start(writing);
    }

    void add(JsonOperation op) {
        slice.add(op);
        if (slice.size() == SLICE) {
            handOver(slice);
            slice = new ArrayList<>(SLICE);
            for (byte[] part = gzipped.poll(); part != null; part = gzipped.poll()) {
                sink.accept(part);
            }
        }
    }

    Written finish() {
        handOver(slice);
        handOver(END);
        try {
            for (byte[] part = nextPart(); part != DONE; part = nextPart()) {
                sink.accept(part);
            }
            return writing.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write the payload: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the payload", e);
        }
    }

    /** Stops the writer if the payload was not finished (the log could not be read): no thread is left behind. */
    @Override
    public void close() {
        writing.cancel(true);
    }

    /** Waits while the writer is behind, but not for a writer that has stopped: {@link #finish} says why. */
    private void handOver(List<JsonOperation> operations) {
        try {
            while (!slices.offer(operations, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                if (writing.isDone()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the payload", e);
        }
    }

    /** The next part of the gzip stream; {@link #DONE} also when the writer stopped on a failure. */
    private byte[] nextPart() throws InterruptedException {
        while (true) {
            boolean stopped = writing.isDone();
            byte[] part = gzipped.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            if (part != null) {
                return part;
            }
            if (stopped) {
                return DONE;
            }
        }
    }

    private Written write() throws IOException, InterruptedException {
        Set<String> missions = new HashSet<>();
        long operations = 0;
        try (OutputStream json = new BufferedOutputStream(fastGzip(new Parts()), 1 << 16)) {
            json.write(START);
            for (List<JsonOperation> s = slices.take(); s != END; s = slices.take()) {
                for (JsonOperation op : s) {
                    if (operations++ > 0) {
                        json.write(',');
                    }
                    json.write(op.utf8());
                    missions.add(op.missionId());
                }
            }
            json.write(FINISH);
        }
        gzipped.add(DONE);
        return new Written(operations, missions.size());
    }

    /** The gzip stream's output, queued part by part for the caller's thread. */
    private final class Parts extends OutputStream {
        @Override
        public void write(int b) {
            gzipped.add(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] b, int off, int len) {
            gzipped.add(Arrays.copyOfRange(b, off, off + len));
        }
    }

    /**
     * Gzip at its fastest level (fed through a buffer: deflating each operation's few hundred bytes on their own cost
     * a tenth more): the default level took two and a half times as long for a payload 8 % smaller;
     * the log's JSON (ids, times) compresses about tenfold either way.
     */
    private static OutputStream fastGzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }
}
