package be.inasti.missiondesk.bench;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.app.QueueQuery;
import be.inasti.missiondesk.app.QueueService;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.store.Progress;
import be.inasti.missiondesk.ui.queue.QueueFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * Not a test: a measurement of the caseworker's queue at 100 000 missions. Loads the open queue, then, through the
 * same FilteredList/SortedList pipeline and QueueFilter the window uses, re-filters and re-sorts it as a user
 * would: by office, by state, by NISS and by name as typed, sorting ~20 000 visible rows by subject and by due
 * date. Prints the median of several runs of each step. Run with the test class path:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) be.inasti.missiondesk.bench.QueueBench [N]}.
 */
public final class QueueBench {
    private static final int RUNS = 9;

    private QueueBench() {
    }

    public static void main(String[] args) throws Exception {
        int missions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Files.createTempDirectory("queuebench");
        Services services = TestServices.open(folder, LocalDate.of(2026, 11, 23));
        services.demo().generate(missions, 7, Progress.NONE);
        System.out.printf("%d missions, %d cores, Java %s%n", missions, Runtime.getRuntime().availableProcessors(),
                Runtime.version());

        QueueService queue = services.queue();
        List<QueueItem>[] loaded = new List[1];
        time("load the open queue", () -> loaded[0] = queue.queue(QueueQuery.open()));
        ObservableList<QueueItem> all = FXCollections.observableArrayList(loaded[0]);
        FilteredList<QueueItem> shown = new FilteredList<>(all);
        SortedList<QueueItem> sorted = new SortedList<>(shown, QueueService.BY_URGENCY);
        QueueFilter filter = new QueueFilter("nobody");
        filter.mineOnlyProperty().set(false);
        System.out.printf("open missions in the queue: %d%n", all.size());

        step("filter: office NAMUR", filter, shown, f -> f.offices().add(Office.NAMUR));
        System.out.printf("visible rows: %d%n", sorted.size());
        timeSort("sort visible rows by subject name", sorted,
                Comparator.comparing((QueueItem i) -> String.valueOf(i.mission().subject().name())));
        timeSort("sort visible rows by urgency", sorted, QueueService.BY_URGENCY);
        step("filter: + state OVERDUE", filter, shown, f -> f.states().add(ClockState.OVERDUE));
        step("filter: state cleared", filter, shown, f -> f.states().clear());
        String niss = loaded[0].get(loaded[0].size() / 2).mission().subject().identifier();
        step("search: NISS typed (6 digits)", filter, shown, f -> f.searchProperty().set(niss.substring(0, 6)));
        step("search: name typed", filter, shown, f -> f.searchProperty().set("dupont"));
        step("search: cleared, office cleared", filter, shown, f -> {
            f.searchProperty().set("");
            f.offices().clear();
        });
    }

    private static void step(String name, QueueFilter filter, FilteredList<QueueItem> shown,
            Consumer<QueueFilter> change) {
        change.accept(filter);
        time(name, () -> shown.setPredicate(filter.predicate()));
    }

    private static void timeSort(String name, SortedList<QueueItem> sorted, Comparator<QueueItem> order) {
        time(name, () -> {
            sorted.setComparator(null);
            sorted.setComparator(order);
        });
    }

    private static void time(String name, Runnable work) {
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-40s median %7.1f ms  (min %.1f, max %.1f)%n", name, nanos[RUNS / 2] / 1e6,
                nanos[0] / 1e6, nanos[RUNS - 1] / 1e6);
    }
}
