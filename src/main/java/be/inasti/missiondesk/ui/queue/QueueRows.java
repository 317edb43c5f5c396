package be.inasti.missiondesk.ui.queue;

import be.inasti.missiondesk.app.QueueItem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import javafx.collections.ObservableListBase;

/**
 * The rows of the queue's table: as many as the query counted, each page read when the table first shows one of
 * its rows, the last pages used kept. A virtualised table asks only for the rows on screen, so 100 000 missions
 * cost a page or two. One list for the life of the table, its rows replaced by each answer: a table given another
 * list forgets the column it was sorted by.
 */
final class QueueRows extends ObservableListBase<QueueItem> {
    static final int PAGE = 100;
    private static final int PAGES_KEPT = 30;

    private final Map<Integer, List<QueueItem>> pages = new LinkedHashMap<>(PAGES_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<QueueItem>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private int size;
    private IntFunction<List<QueueItem>> pageFrom = offset -> List.of();

    /**
     * Shows another answer: every row is replaced, and the table asks again for those on screen.
     *
     * @param pageFrom the page of rows starting at an offset, read on the thread that asks for a row
     */
    void show(int count, List<QueueItem> firstPage, IntFunction<List<QueueItem>> pageFrom) {
        int before = size;
        pages.clear();
        pages.put(0, firstPage);
        this.size = count;
        this.pageFrom = pageFrom;
        beginChange();
        nextRemove(0, Collections.nCopies(before, null));  // the old rows are gone: reading them back is waste
        nextAdd(0, count);
        endChange();
    }

    /**
     * The row at {@code index}; null when the missions changed since the count and the page came back shorter
     * (the table shows an empty row until the queue is read again, which every change to a mission does).
     */
    @Override
    public QueueItem get(int index) {
        Objects.checkIndex(index, size);
        List<QueueItem> page = pages.computeIfAbsent(index / PAGE, p -> pageFrom.apply(p * PAGE));
        int at = index % PAGE;
        return at < page.size() ? page.get(at) : null;
    }

    @Override
    public int size() {
        return size;
    }
}
