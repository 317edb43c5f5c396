package be.inasti.missiondesk.app.flows;

import be.inasti.missiondesk.app.files.InputKind;
import be.inasti.missiondesk.app.files.OutputFiles;
import be.inasti.missiondesk.app.files.OutputKind;
import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.calendar.DateWindow;
import be.inasti.missiondesk.domain.flow.FlowKind;
import be.inasti.missiondesk.domain.flow.FlowPlan;
import be.inasti.missiondesk.domain.flow.FlowReport;
import be.inasti.missiondesk.domain.flow.FlowSource;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.flow.ImportedFile;
import be.inasti.missiondesk.domain.mission.Actor;
import be.inasti.missiondesk.flows.ErrorReport;
import be.inasti.missiondesk.flows.FlowPlanner;
import be.inasti.missiondesk.store.Backups;
import be.inasti.missiondesk.store.FlowStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Imports the inbound flow files: {@link #preview} reads and checks a file and says what it would do, writing
 * nothing; {@link #apply} writes a preview in one transaction. A file already imported (same bytes) applies nothing.
 */
public final class FlowImportService {
    private final FlowPlanner planner;
    private final FlowStore store;
    private final Backups backups;
    private final Clock clock;
    private final Actor actor;
    private final OutputFiles outputs;

    public FlowImportService(FlowPlanner planner, FlowStore store, Backups backups, Clock clock, Actor actor,
            OutputFiles outputs) {
        this.planner = planner;
        this.store = store;
        this.backups = backups;
        this.clock = clock;
        this.actor = actor;
        this.outputs = outputs;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Who imports: a flow's missions go to him unless the person importing names another agent. */
    public String importer() {
        return actor.user();
    }

    /** The flow a file's header belongs to, for a file dropped on the window. */
    public Optional<FlowKind> kindOf(Path file) {
        return planner.kindOf(InputKind.FLOW.checked(file));
    }

    public FlowPlan preview(Path file, ImportOptions options) {
        DateWindow.check(options.received(), Explanation.of("field.receivedOn"));
        if (options.received().isAfter(today())) {
            throw new DomainException("field.inFuture", Explanation.of("field.receivedOn"), options.received(),
                    today());
        }
        return planner.plan(InputKind.FLOW.checked(file), options, today());
    }

    /**
     * Writes what a preview planned, all or nothing, after a backup of the database, reading the file's lines again;
     * a refused or already imported file, or one changed since its preview, changes nothing.
     */
    public FlowReport apply(FlowPlan plan, Progress progress) {
        if (!plan.canApply()) {
            return new FlowReport(plan, false);
        }
        backups.rotating("before-flow-import", clock.instant());
        store.record(importedFile(plan), actor.stamp(), progress, writer -> planner.write(plan, writer));
        return new FlowReport(plan, true);
    }

    public FlowReport importFile(Path file, ImportOptions options, Progress progress) {
        return apply(preview(file, options), progress);
    }

    /**
     * Imports a file and writes its bad lines as CSV for its sender to {@code errors}, which is checked before the
     * import, so a refused target imports nothing: never the file being read, the database or a backup, and an
     * existing file only when it is a CSV file, unless {@code force}.
     */
    public FlowReport importFile(Path file, ImportOptions options, Path errors, boolean force, Progress progress) {
        outputs.check(errors, OutputKind.CSV, force, file);
        FlowReport report = importFile(file, options, progress);
        ErrorReport.write(errors, report.plan().problems());
        return report;
    }

    private ImportedFile importedFile(FlowPlan plan) {
        FlowSource s = plan.source();
        return new ImportedFile(s.hash(), plan.options().kind().name(), s.fileName(), plan.options().received(),
                clock.instant(), actor.user(), s.lines(), plan.changes(), plan.problemCount());
    }
}
