package be.inasti.missiondesk.ui.queue;

import be.inasti.missiondesk.app.QueueItem;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;

/**
 * The rows of the queue's table: as many as the query counted, each page read when the table first asks for one of
 * its rows, the last pages used kept. A virtualised table asks only for the rows on screen, so 100 000 missions
 * cost a page or two. A page not read yet is asked of the reader (off the FX thread, in the window) and its rows
 * are null until it answers; the list then says they changed and the table draws them. One list for the life of
 * the table, its rows replaced by each answer: a table given another list forgets the column it was sorted by.
 */
final class QueueRows extends ObservableListBase<QueueItem> {
    static final int PAGE = 100;
    private static final int PAGES_KEPT = 30;

    /** Reads the page of rows starting at an offset and hands it over on the FX thread. */
    interface PageReader {
        void read(int offset, Consumer<List<QueueItem>> whenRead);
    }

    private final Map<Integer, List<QueueItem>> pages = new LinkedHashMap<>(PAGES_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<QueueItem>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> reading = new HashSet<>();
    /** Page 0, kept apart from the others: it is always there, and reading it changes no order of use. */
    private List<QueueItem> firstPage = List.of();
    private int size;
    private PageReader reader = (offset, whenRead) -> whenRead.accept(List.of());
    /** Which answer the rows are of: a page read for an older one is dropped. */
    private long answer;

    /** Shows another answer: every row is replaced, and the table asks again for those on screen. */
    void show(int count, List<QueueItem> firstPage, PageReader pageReader) {
        int before = size;
        answer++;
        pages.clear();
        reading.clear();
        this.firstPage = firstPage;
        this.size = count;
        this.reader = pageReader;
        beginChange();
        nextRemove(0, Collections.nCopies(before, null));  // the old rows are gone: reading them back is waste
        nextAdd(0, count);
        endChange();
    }

    /**
     * The row at {@code index}, or null while its page is being read (or when the missions changed since the count
     * and the page came back shorter; the queue is read again after every change).
     */
    @Override
    public QueueItem get(int index) {
        Objects.checkIndex(index, size);
        int page = index / PAGE;
        if (page > 0 && !pages.containsKey(page)) {
            read(page);
        }
        List<QueueItem> rows = page == 0 ? firstPage : pages.getOrDefault(page, List.of());
        int at = index % PAGE;
        return at < rows.size() ? rows.get(at) : null;
    }

    private void read(int page) {
        if (!reading.add(page)) {
            return;
        }
        long askedFor = answer;
        reader.read(page * PAGE, rows -> {
            if (askedFor == answer) {
                reading.remove(page);
                pages.put(page, rows);
                updated(page * PAGE, Math.min(size, page * PAGE + PAGE));
            }
        });
    }

    private void updated(int from, int to) {
        beginChange();
        for (int i = from; i < to; i++) {
            nextUpdate(i);
        }
        endChange();
    }

    @Override
    public int size() {
        return size;
    }
}
