package be.inasti.missiondesk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page not read yet: its rows are null until the reader answers, then the list says they changed. */
class QueueRowsTest {
    @TempDir
    Path folder;

    private final List<Runnable> pending = new ArrayList<>();
    private final List<Integer> asked = new ArrayList<>();
    private List<QueueItem> all;
    private QueueRows rows;

    @BeforeEach
    void showAQueueOfMoreThanTwoPages() {
        all = TestServices.withDemo(folder, LocalDate.of(2026, 11, 23), 1000, 3).queue().all(QueueCriteria.all());
        rows = new QueueRows();
        rows.show(all.size(), all.subList(0, QueueRows.PAGE), this::later);
    }

    @Test
    void aLaterPageIsAskedForOnceAndItsRowsShowWhenItIsRead() {
        assertThat(all).hasSizeGreaterThan(2 * QueueRows.PAGE);
        List<Integer> updated = new ArrayList<>();
        rows.addListener((ListChangeListener<QueueItem>) c -> {
            while (c.next()) {
                if (c.wasUpdated()) {
                    updated.add(c.getFrom());
                }
            }
        });

        assertThat(rows.get(5)).isSameAs(all.get(5));
        assertThat(rows.get(150)).isNull();
        assertThat(rows.get(160)).isNull();
        assertThat(asked).containsExactly(100);

        pending.forEach(Runnable::run);

        assertThat(updated).containsExactly(100);
        assertThat(rows.get(150)).isSameAs(all.get(150));
        assertThat(asked).containsExactly(100);
    }

    @Test
    void aPageThatComesBackAfterANewerAnswerIsDropped() {
        assertThat(rows.get(150)).isNull();
        List<Runnable> stale = List.copyOf(pending);
        pending.clear();

        rows.show(all.size(), all.subList(0, QueueRows.PAGE), this::later);
        stale.forEach(Runnable::run);

        assertThat(rows.get(150)).as("the older answer's page is not shown").isNull();
        assertThat(asked).containsExactly(100, 100);
        pending.forEach(Runnable::run);
        assertThat(rows.get(150)).isSameAs(all.get(150));
    }

    /** A reader that answers only when the test says so. */
    private void later(int offset, Consumer<List<QueueItem>> whenRead) {
        asked.add(offset);
        pending.add(() -> whenRead.accept(all.subList(offset, Math.min(all.size(), offset + QueueRows.PAGE))));
    }
}
