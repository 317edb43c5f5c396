package be.inasti.missiondesk.domain.queue;

import java.util.List;

/**
 * One key of a queue's order. {@code displayOrder}, for a column of codes (type, office), lists the codes in the
 * order their names are shown in the user's language, so a sorted column reads alphabetically; codes it does not
 * list come after, in code order.
 */
public record QueueSort(QueueColumn column, boolean descending, List<String> displayOrder) {
    public QueueSort {
        displayOrder = List.copyOf(displayOrder);
    }
}
