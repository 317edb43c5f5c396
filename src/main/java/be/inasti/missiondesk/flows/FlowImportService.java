package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.mission.Stamp;
import be.inasti.missiondesk.domain.workflow.MissionLifecycle;
import be.inasti.missiondesk.flows.csv.BadFileException;
import be.inasti.missiondesk.flows.csv.CsvTable;
import be.inasti.missiondesk.flows.csv.LineProblem;
import be.inasti.missiondesk.store.AffiliateStore;
import be.inasti.missiondesk.store.Backups;
import be.inasti.missiondesk.store.FlowKey;
import be.inasti.missiondesk.store.FlowStore;
import be.inasti.missiondesk.store.ImportedFile;
import be.inasti.missiondesk.store.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Imports the inbound flow files: {@link #preview} reads and checks a file and says what it would do, writing
 * nothing; {@link #apply} writes a preview in one transaction. A file already imported (same bytes) applies nothing.
 */
public final class FlowImportService {
    private final MissionPlanner missions;
    private final AffiliatesPlanner affiliates;
    private final BirthsFlow births;
    private final AfaFlow afa;
    private final RequestsFlow requests;
    private final FlowStore store;
    private final Backups backups;
    private final Clock clock;
    private final String author;
    private final Supplier<String> site;

    public FlowImportService(MissionLifecycle lifecycle, FlowStore store, AffiliateStore affiliateStore,
            Caisses caisses, Backups backups, Clock clock, String author, Supplier<String> site) {
        this.missions = new MissionPlanner(lifecycle, store);
        this.affiliates = new AffiliatesPlanner(affiliateStore, caisses);
        this.births = new BirthsFlow(affiliateStore, caisses);
        this.afa = new AfaFlow(caisses);
        this.requests = new RequestsFlow(lifecycle);
        this.store = store;
        this.backups = backups;
        this.clock = clock;
        this.author = author;
        this.site = site;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The flow a file's header belongs to, for a file dropped on the window. */
    public Optional<FlowKind> kindOf(Path file) {
        return FlowKind.ofHeader(CsvTable.headerOf(read(file)));
    }

    public FlowPlan preview(Path file, ImportOptions options) {
        if (options.received().isAfter(today())) {
            throw new DomainException("field.inFuture", Explanation.of("field.receivedOn"), options.received(),
                    today());
        }
        byte[] bytes = read(file);
        CsvTable table = CsvTable.read(bytes, options.kind().columns());
        String hash = sha256(bytes);
        Draft draft = switch (options.kind()) {
            case AFFILIATES -> affiliates.plan(table, today());
            case BIRTHS -> missions.plan(births, table, options, today());
            case AFA -> missions.plan(afa, table, options, today());
            case REQUESTS -> missions.plan(requests, table, options, today());
        };
        List<LineProblem> problems = new ArrayList<>(table.problems());
        problems.addAll(draft.problems());
        problems.sort(Comparator.comparingInt(LineProblem::line));
        FlowSource source = new FlowSource(file.getFileName().toString(), hash, table.encoding(), table.separator(),
                table.lastLine());
        return new FlowPlan(source, options, store.findFile(hash), draft.lines(), problems, draft.missions(),
                draft.affiliates());
    }

    /**
     * Writes what a preview planned, all or nothing, after a backup of the database; a refused or already imported
     * file changes nothing.
     */
    public FlowReport apply(FlowPlan plan, Progress progress) {
        if (!plan.canApply()) {
            return new FlowReport(plan, false);
        }
        backups.rotating("before-flow-import", clock.instant());
        List<FlowKey> keys = plan.missions().stream()
                .map(m -> new FlowKey(m.key(), m.line(), m.recorded().mission().id())).toList();
        store.record(importedFile(plan), keys, plan.missions().stream().map(PlannedMission::recorded).toList(),
                plan.affiliates(), new Stamp(clock.instant(), author, site.get()), progress);
        return new FlowReport(plan, true);
    }

    public FlowReport importFile(Path file, ImportOptions options, Progress progress) {
        return apply(preview(file, options), progress);
    }

    private ImportedFile importedFile(FlowPlan plan) {
        FlowSource s = plan.source();
        return new ImportedFile(s.hash(), plan.options().kind().name(), s.fileName(), plan.options().received(),
                clock.instant(), author, s.lines(), plan.changes(), plan.problems().size());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadFileException("file.cannotRead", file, e.getMessage());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
