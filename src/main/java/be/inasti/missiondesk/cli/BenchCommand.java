package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.bench.BenchReport;
import be.inasti.missiondesk.app.bench.BenchRow;
import be.inasti.missiondesk.app.bench.Benchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs on scratch databases in a temporary folder, or, with {@code --db postgresql://…}, on scratch databases
 * created on that server and dropped afterwards: never on the user's own database.
 */
@Command(name = "bench", description = "Time demo data, queue, attainment, a births flow, export and import on "
        + "scratch databases, each next to its plain-JDBC floor (medians after a warm-up). With --db "
        + "postgresql://…, the scratch databases are created on that server (its user needs CREATEDB) and dropped.")
final class BenchCommand implements Callable<Integer> {
    private static final String ROW = "%-28s %10s %10s %7s  %s%n";

    @Spec
    CommandSpec spec;

    @Option(names = "--missions", paramLabel = "N", defaultValue = "100000", converter = CountConverter.class,
            description = "Demo missions per run (default ${DEFAULT-VALUE}); the births file has N/4 lines.")
    int missions;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "3", converter = CountConverter.class,
            description = "Timed runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        MissionDeskCommand root = (MissionDeskCommand) spec.root().userObject();
        Benchmark benchmark = root.serverUrl().map(url -> Benchmark.onServer(url, root.environment().variables(),
                Path.of(root.environment().home()), root.environment().osUser(), root.clock(), root.user()))
                .orElseGet(() -> new Benchmark(root::open));
        BenchReport report = benchmark.run(missions, Math.max(1, runs));
        print(report, spec.commandLine().getOut());
        return 0;
    }

    private static void print(BenchReport r, PrintWriter out) {
        out.printf("%d missions, births file of %d lines; median of %d runs (of the reads: %d timings); %d cores; %s%n",
                r.missions(), r.births(), r.runs(), r.runs() * Benchmark.READS_PER_ROUND, r.cores(), r.jvm());
        out.printf(ROW, "operation", "ours ms", "floor ms", "ratio", "target");
        for (BenchRow row : r.rows()) {
            out.printf(ROW, row.operation(), millis(row.ours().toNanos()), millis(row.floor().toNanos()),
                    "%.2f".formatted(row.ratio()), (row.withinTarget() ? "≤ " : "above ") + row.target());
        }
        r.concurrency().ifPresent(c -> {
            out.printf("%d readers paging the queue during a flow and a batch import (%s ms):%n", c.readers(),
                    millis(c.writes().toNanos()));
            latencies(out, "first pages (counts, 100 missions, objectives)", c.firstPages());
            latencies(out, "next pages (100 missions)", c.nextPages());
        });
        out.flush();
    }

    private static void latencies(PrintWriter out, String what, BenchReport.Latencies l) {
        out.printf("  %s: %d, p50 %s ms, p95 %s ms, max %s ms%n", what, l.count(), millis(l.p50().toNanos()),
                millis(l.p95().toNanos()), millis(l.max().toNanos()));
    }

    private static String millis(long nanos) {
        return "%.1f".formatted(nanos / 1e6);
    }
}
