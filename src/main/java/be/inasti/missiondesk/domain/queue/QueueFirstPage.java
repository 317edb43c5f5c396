package be.inasti.missiondesk.domain.queue;

import java.util.List;
import java.util.function.Function;

/**
 * What the queue shows first, read at one moment: how many missions match in each state, the first of them, the
 * objectives of the running clocks. The store reads missions; the application turns them into the rows it shows.
 */
public record QueueFirstPage<T>(QueueCounts counts, List<T> items, List<String> objectives) {
    public QueueFirstPage {
        items = List.copyOf(items);
        objectives = List.copyOf(objectives);
    }

    public <U> QueueFirstPage<U> map(Function<? super T, ? extends U> item) {
        return new QueueFirstPage<>(counts, items.stream().<U>map(item).toList(), objectives);
    }
}
