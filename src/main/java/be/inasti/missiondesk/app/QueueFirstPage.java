package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.queue.QueueCounts;
import java.util.List;

/** What the queue shows first: how many missions match in each state, the first of them, the open objectives. */
public record QueueFirstPage(QueueCounts counts, List<QueueItem> items, List<String> objectives) {
    public QueueFirstPage {
        items = List.copyOf(items);
        objectives = List.copyOf(objectives);
    }
}
