package be.inasti.missiondesk.bench;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.queue.QueueColumn;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.queue.QueueFilter;
import be.inasti.missiondesk.ui.queue.QueueViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Not a test: a measurement of the caseworker's queue at 100 000 missions. Drives the window's own view model (its
 * tasks run on the calling thread) as a user would: filter by office and by state, search by NISS and by name as
 * typed, sort by subject and by due date, scroll deep into the table. Each step is what the window waits for: the
 * counts, the first page of missions with their countdowns, the objectives of the filter. Prints the median of
 * several runs of each step. Run with the test class path:
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

        QueueViewModel model = new QueueViewModel(services.queue(), TaskRunner.direct(), new Messages(Locale.FRENCH),
                "nobody", id -> { });
        time("first read of the queue", model::refresh);
        System.out.printf("open missions in the queue: %d%n", model.shown().size());

        step("filter: office NAMUR", model, f -> f.offices().add(Office.NAMUR));
        System.out.printf("rows: %d%n", model.shown().size());
        sort("sort by subject name", model, QueueColumn.SUBJECT);
        sort("sort by due date, latest first", model, QueueColumn.DUE);
        model.sortBy(List.of());
        step("filter: + state OVERDUE", model, f -> f.states().add(ClockState.OVERDUE));
        step("filter: state cleared", model, f -> f.states().clear());
        String niss = model.shown().get(model.shown().size() / 2).mission().subject().identifier();
        step("search: NISS typed (6 digits)", model, f -> f.search().set(niss.substring(0, 6)));
        step("search: name typed", model, f -> f.search().set("dupont"));
        step("search: name without its accents", model, f -> f.search().set("lefevre"));
        step("search: cleared, office cleared", model, f -> {
            f.search().set("");
            f.offices().clear();
        });
        int deep = model.shown().size() * 3 / 4;
        time("scroll: a row three quarters down", () -> {
            model.refresh();
            QueueItem row = model.shown().get(deep);
            if (row == null) {
                throw new IllegalStateException("no row at " + deep);
            }
        });
        System.out.printf("(the last step includes a read of the first page: subtract 'first read')%n");
    }

    private static void step(String name, QueueViewModel model, Consumer<QueueFilter> change) {
        change.accept(model.filter());
        time(name, model::refresh);
    }

    private static void sort(String name, QueueViewModel model, QueueColumn column) {
        model.sortBy(List.of(model.sortOf(column, column == QueueColumn.DUE)));
        time(name, model::refresh);
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
