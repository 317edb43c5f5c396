package be.inasti.missiondesk.app.bench;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.flow.FlowKind;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.store.Database;
import be.inasti.missiondesk.store.Floors;
import be.inasti.missiondesk.store.PostgresServer;
import be.inasti.missiondesk.store.PostgresUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Times each operation on scratch databases next to its floor: demo data, the queue, attainment over a year, a
 * births flow, and the export and import of the operations that flow logged. Warm-up rounds on a few missions
 * let the JIT compile both sides first; then every round starts from empty databases.
 */
public final class Benchmark {
    /**
     * Warm-up size: enough for the JIT to compile the hot paths (the launcher raises its thresholds sixfold), small
     * enough to cost a few seconds.
     */
    private static final int WARM_UP = 10_000;
    /**
     * Warm-up rounds, as JMH runs several warm-up iterations: after one, the queue's load and the export still ran
     * partly interpreted in the first timed rounds (the per-row code had been called a few thousand times, not the
     * tens of thousands the raised thresholds ask), up to half as slow again as in a session that has been open a
     * while, where the queue is reloaded after every change.
     */
    private static final int WARM_UP_ROUNDS = 3;
    /**
     * How often each read (the queries and the export) is timed in a round, ours and its floor in turn. Each leaves
     * what the next one reads as it found it, so it can be repeated; timed once, the first page (30 ms) and
     * attainment (100 ms) swung by half from one run to the next on this machine, their floors as much as ours.
     */
    public static final int READS_PER_ROUND = 5;
    /** Coordinators paging the queue at once in the concurrency row. */
    public static final int READERS = 8;
    /** The concurrency row writes as much at any size: a births flow of 25 000 lines and a batch of as many. */
    private static final int CONCURRENT_BIRTHS = 25_000;
    /** As many rows as the window reads first, and in each page after. */
    private static final int FIRST_PAGE = 100;
    /** Pages a coordinator of the concurrency row scrolls down after the first: a thousand missions in all. */
    private static final int SCROLLED = 9;

    private final Scratch scratchDatabases;

    /** @param open opens services on a new database file (with the clock and user of the command line) */
    public Benchmark(Function<Path, Services> open) {
        this(new FileScratch(open));
    }

    private Benchmark(Scratch scratch) {
        this.scratchDatabases = scratch;
    }

    /**
     * The same table on a PostgreSQL server: every scratch database (ours and the floors') is a new database created
     * on the server {@code url} names (its user needs the right to create databases), dropped when its round ends.
     */
    public static Benchmark onServer(String url, Map<String, String> env, Path home, String osUser, Clock clock,
            String user) {
        PostgresServer server = PostgresServer.of(PostgresUrl.parse(url).orElseThrow(), env, home, osUser,
                home);
        return new Benchmark(new ServerScratch(server, clock, user));
    }

    /** Where the scratch databases are: files in the round's folder, or databases on a server. */
    private interface Scratch {
        /** Services on a new database named after {@code file} (in the round's folder). */
        Services open(Path file);

        /** A second way into the database of {@code services}, for its floor's plain JDBC. */
        Floors floorsOf(Services services);

        /** The round's databases are no longer needed. */
        default void endRound() {
        }

        /** The bench is over. */
        default void close() {
        }
    }

    private record FileScratch(Function<Path, Services> opener) implements Scratch {
        @Override
        public Services open(Path file) {
            return opener.apply(file);
        }

        @Override
        public Floors floorsOf(Services services) {
            return new Floors(Database.open(services.database().file()));
        }
    }

    private static final class ServerScratch implements Scratch {
        private final PostgresServer server;
        private final Clock clock;
        private final String user;
        private final String prefix = "missiondesk_bench_" + ProcessHandle.current().pid() + "_";
        private final Map<Services, PostgresServer> databases = new IdentityHashMap<>();
        private final List<Database> opened = new ArrayList<>();
        private final List<String> created = new ArrayList<>();
        private String template;

        ServerScratch(PostgresServer server, Clock clock, String user) {
            this.server = server;
            this.clock = clock;
            this.user = user;
        }

        /** A database migrated once, of which every scratch database is a copy: a few tens of milliseconds each. */
        private String template() {
            if (template == null) {
                String name = prefix + "template";
                Database.open(server.create(name, Optional.empty()), clock).close();
                template = name;
            }
            return template;
        }

        void dropTemplate() {
            if (template != null) {
                server.drop(template);
                template = null;
            }
        }

        @Override
        public Services open(Path file) {
            String name = prefix + (created.size() + 1);
            PostgresServer scratch = server.create(name, Optional.of(template()));
            created.add(name);
            scratch = new PostgresServer(scratch.url(), scratch.user(), scratch.password(), file.getParent());
            Database database = Database.open(scratch, clock);
            opened.add(database);
            Services services = Services.open(database, clock, user);
            databases.put(services, scratch);
            return services;
        }

        /** Services of their own on the database of {@code services} (another coordinator's window). */
        Services another(Services services) {
            Database database = Database.open(databases.get(services), clock);
            opened.add(database);
            return Services.open(database, clock, user);
        }

        @Override
        public Floors floorsOf(Services services) {
            Database database = Database.open(databases.get(services), clock);
            opened.add(database);
            return new Floors(database);
        }

        @Override
        public void endRound() {
            opened.forEach(Database::close);
            opened.clear();
            databases.clear();
            created.forEach(server::drop);
            created.clear();
        }

        @Override
        public void close() {
            endRound();
            dropTemplate();
        }
    }

    /** Births lines per run: a quarter of the missions, so the export and import carry about as many operations. */
    public static int birthsFor(int missions) {
        return Math.max(1, missions / 4);
    }

    public BenchReport run(int missions, int runs) {
        try (ScratchFolder scratch = ScratchFolder.create()) {
            try {
                for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                    round(scratch.next(), Math.min(missions, WARM_UP), new Samples());
                }
                Samples samples = new Samples();
                for (int i = 0; i < runs; i++) {
                    round(scratch.next(), missions, samples);
                }
                Optional<BenchReport.Concurrency> concurrency = scratchDatabases instanceof ServerScratch server
                        ? Optional.of(concurrency(server, scratch.next(), missions)) : Optional.empty();
                return report(missions, runs, samples, concurrency);
            } finally {
                scratchDatabases.close();
            }
        }
    }

    private static BenchReport report(int missions, int runs, Samples samples,
            Optional<BenchReport.Concurrency> concurrency) {
        Runtime runtime = Runtime.getRuntime();
        return new BenchReport(missions, birthsFor(missions), runs, runtime.availableProcessors(),
                System.getProperty("java.vm.name") + " " + Runtime.version(), samples.medians(), concurrency);
    }

    /**
     * On a server: {@link #READERS} coordinators, each with a connection pool of their own as in their own window,
     * page the queue of a central database of {@code missions} missions while a births flow of its own (N/4 lines,
     * at most {@link #CONCURRENT_BIRTHS}) and a desk's batch (the operations of as many births) are imported into it
     * at the same time.
     */
    private BenchReport.Concurrency concurrency(ServerScratch server, Path folder, int missions) {
        scratchDatabases.endRound();
        Services central = scratchDatabases.open(folder.resolve("shared.db"));
        central.demo().generate(missions, 7, Progress.NONE);
        central.sync().init("CENTRAL", Office.NAMUR, Role.CENTRAL);
        Services desk = scratchDatabases.open(folder.resolve("desk.db"));
        desk.sync().init("DESK", Office.NAMUR, Role.CASEWORKER);
        LocalDate today = LocalDate.now(desk.clock());
        int lines = Math.min(birthsFor(missions), CONCURRENT_BIRTHS);
        BirthsFiles deskFiles = BirthsFiles.write(folder(folder.resolve("desk")), 0, lines, today);
        desk.flows().importFile(deskFiles.affiliates(), ImportOptions.affiliates(today, true), Progress.NONE);
        ImportOptions births = new ImportOptions(FlowKind.BIRTHS, today, Office.NAMUR, "vrenard", true);
        desk.flows().importFile(deskFiles.births(), births, Progress.NONE);
        Path batch = register(folder, desk, central);
        desk.sync().export(batch, Optional.empty(), true, false);
        BirthsFiles own = BirthsFiles.write(folder(folder.resolve("central")), lines, lines, today);
        central.flows().importFile(own.affiliates(), ImportOptions.affiliates(today, true), Progress.NONE);
        List<Services> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            readers.add(server.another(central));
        }

        ExecutorService threads = Executors.newFixedThreadPool(READERS + 2);
        try {
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Long> firstPages = Collections.synchronizedList(new ArrayList<>());
            List<Long> nextPages = Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> reading = new ArrayList<>();
            for (Services reader : readers) {
                reading.add(threads.submit(() -> {
                    do {  // once at least, however soon the writes end: each reader reports
                        scroll(reader, firstPages, nextPages);
                    } while (writing.get());
                }));
            }
            long start = System.nanoTime();
            Future<?> flow = threads.submit(() -> central.flows().importFile(own.births(), births, Progress.NONE));
            Future<?> sync = threads.submit(() -> central.sync().importBatch(batch, false));
            flow.get();
            sync.get();
            long writes = System.nanoTime() - start;
            writing.set(false);
            for (Future<?> r : reading) {
                r.get();
            }
            return new BenchReport.Concurrency(READERS, BenchReport.Latencies.of(firstPages),
                    BenchReport.Latencies.of(nextPages), Duration.ofNanos(writes));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * A coordinator opens the queue (the counts, the first page and the objectives, as the window reads them) and
     * scrolls down {@link #SCROLLED} pages, each read as the window reads the next one.
     */
    private static void scroll(Services reader, List<Long> firstPages, List<Long> nextPages) {
        long start = System.nanoTime();
        reader.queue().first(QueueCriteria.all(), List.of(), FIRST_PAGE);
        firstPages.add(System.nanoTime() - start);
        for (int page = 1; page <= SCROLLED; page++) {
            start = System.nanoTime();
            reader.queue().page(QueueCriteria.all(), List.of(), page * FIRST_PAGE, FIRST_PAGE);
            nextPages.add(System.nanoTime() - start);
        }
    }

    private static Path folder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    /** Registers the desk and the central site with each other; returns where the desk's batch goes. */
    private static Path register(Path folder, Services desk, Services central) {
        Path deskId = folder.resolve("desk.id");
        Path centralId = folder.resolve("central.id");
        desk.sync().exportIdentity(deskId, false);
        central.sync().exportIdentity(centralId, false);
        desk.sync().register(centralId);
        central.sync().register(deskId);
        return folder.resolve("desk.mdbatch");
    }

    private void round(Path folder, int missions, Samples samples) {
        scratchDatabases.endRound();
        Services demo = scratchDatabases.open(folder.resolve("demo.db"));
        samples.ours("demo data generation", BenchRow.IMPORT, () -> demo.demo().generate(missions, 7, Progress.NONE));
        copyFloor("demo data generation", demo, Floors.MISSION_TABLES, folder.resolve("demo-floor.db"), samples);
        Floors demoFloors = floorsOf(demo);
        repeated(() -> queries(demo, demoFloors, samples));
        Services desk = flowImport(folder, missions, samples);
        sync(folder, desk, samples);
    }

    private static void repeated(Runnable reads) {
        for (int i = 0; i < READS_PER_ROUND; i++) {
            reads.run();
        }
    }

    private static void queries(Services services, Floors floors, Samples samples) {
        samples.ours("queue load (open missions)", BenchRow.QUERY, () -> services.queue().all(QueueCriteria.all()));
        samples.floor("queue load (open missions)", floors::queueRows);
        LocalDate today = LocalDate.now(services.clock());
        samples.ours("queue first page (window)", BenchRow.QUERY,
                () -> services.queue().first(QueueCriteria.all(), List.of(), FIRST_PAGE));
        samples.floor("queue first page (window)", () -> floors.queueFirstPageRows(today, FIRST_PAGE));
        LocalDate from = today.minusYears(1).plusDays(1);
        samples.ours("attainment for a year", BenchRow.QUERY,
                () -> services.attainment().attainment(from, today, Optional.empty()));
        samples.floor("attainment for a year", () -> floors.attainmentRows(from, today, today));
    }

    /** A desk site imports a births file whose every line opens a mission; returns the desk. */
    private Services flowImport(Path folder, int missions, Samples samples) {
        Services desk = scratchDatabases.open(folder.resolve("desk.db"));
        desk.sync().init("DESK", Office.NAMUR, Role.CASEWORKER);
        LocalDate today = LocalDate.now(desk.clock());
        BirthsFiles files = BirthsFiles.write(folder, birthsFor(missions), today);
        desk.flows().importFile(files.affiliates(), ImportOptions.affiliates(today, true), Progress.NONE);
        ImportOptions births = new ImportOptions(FlowKind.BIRTHS, today, Office.NAMUR, "vrenard", true);
        samples.ours("flow import (births)", BenchRow.IMPORT,
                () -> desk.flows().importFile(files.births(), births, Progress.NONE));
        copyFloor("flow import (births)", desk, Floors.FLOW_TABLES, folder.resolve("flow-floor.db"), samples);
        return desk;
    }

    /** The desk exports its log to a central site, which imports it. */
    private void sync(Path folder, Services desk, Samples samples) {
        Services central = scratchDatabases.open(folder.resolve("central.db"));
        central.sync().init("CENTRAL", Office.NAMUR, Role.CENTRAL);
        Path batch = register(folder, desk, central);
        Floors floor = floorsOf(desk);
        repeated(() -> {  // resent: the whole log each time, as the central site has acknowledged nothing yet
            samples.ours("sync export", BenchRow.QUERY, () -> desk.sync().export(batch, Optional.empty(), true, false));
            samples.floor("sync export", floor::operationRows);
        });
        samples.ours("sync import", BenchRow.IMPORT, () -> central.sync().importBatch(batch, false));
        copyFloor("sync import", central, Floors.SYNC_TABLES, folder.resolve("sync-floor.db"), samples);
    }

    /** The floor of a write: the rows it left, batch-inserted into the same tables of an empty database. */
    private void copyFloor(String operation, Services written, List<String> tables, Path floorFile, Samples samples) {
        Floors floor = floorsOf(scratchDatabases.open(floorFile));
        samples.floorTimed(operation, () -> floor.copyFrom(floorsOf(written), tables));
    }

    /** The floor reads and writes the same database as the services, through a connection of its own. */
    private Floors floorsOf(Services services) {
        return scratchDatabases.floorsOf(services);
    }
}
