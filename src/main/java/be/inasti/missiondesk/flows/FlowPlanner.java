package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.flow.BadFileException;
import be.inasti.missiondesk.domain.flow.FlowKind;
import be.inasti.missiondesk.domain.flow.FlowPlan;
import be.inasti.missiondesk.domain.flow.FlowSource;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.workflow.MissionLifecycle;
import be.inasti.missiondesk.flows.csv.Bounds;
import be.inasti.missiondesk.flows.csv.CsvTable;
import be.inasti.missiondesk.store.AffiliateStore;
import be.inasti.missiondesk.store.FlowStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads a flow file and plans what importing it would do without writing anything, then writes what a plan says by
 * reading the file again: the one door to the flows' readers and planners, which stay private to this package. A
 * file is read as a stream whatever its size; what a plan keeps of it is small (counts, the first lines, a bit per
 * line to write).
 */
public final class FlowPlanner {
    private final MissionPlanner missions;
    private final AffiliatesPlanner affiliates;
    private final BirthsFlow births;
    private final AfaFlow afa;
    private final RequestsFlow requests;
    private final FlowStore store;
    private final Bounds bounds;

    public FlowPlanner(MissionLifecycle lifecycle, FlowStore store, AffiliateStore affiliateStore, Caisses caisses) {
        this.missions = new MissionPlanner(lifecycle, store);
        this.affiliates = new AffiliatesPlanner(affiliateStore, caisses);
        this.births = new BirthsFlow(affiliateStore, caisses);
        this.afa = new AfaFlow(caisses);
        this.requests = new RequestsFlow(lifecycle);
        this.store = store;
        this.bounds = Bounds.DEFAULT;
    }

    /** The flow a file's header belongs to, for a file dropped on the window. */
    public Optional<FlowKind> kindOf(Path file) {
        return FlowKind.ofHeader(CsvTable.headerOf(file, bounds));
    }

    /** The plan for a file; {@code earlier} in the plan is the import of the very same bytes, if any. */
    public FlowPlan plan(Path file, ImportOptions options, LocalDate today) {
        Draft draft = new Draft();
        Rows rows = flowOf(options.kind()).map(flow -> missions.plan(flow, options, today, draft))
                .orElseGet(() -> affiliates.plan(today, draft));
        CsvTable table = CsvTable.read(file, options.kind().columns(), bounds, rows::row, draft::problem);
        rows.finish();
        FlowSource source = new FlowSource(file, table.hash(), table.encoding(), table.separator(), table.lastLine());
        return draft.plan(source, options, today, store.findFile(table.hash()));
    }

    /**
     * Hands what a plan writes to the store's writer, in batches, reading the file again; a file whose bytes changed
     * since its preview is refused (the writer's transaction then keeps nothing).
     */
    public void write(FlowPlan plan, FlowStore.Writer writer) {
        Rows rows = flowOf(plan.options().kind()).map(flow -> missions.write(flow, plan, writer))
                .orElseGet(() -> affiliates.write(plan, writer));
        CsvTable table = CsvTable.read(plan.source().file(), plan.options().kind().columns(), bounds, rows::row,
                problem -> { });
        rows.finish();
        if (!table.hash().equals(plan.source().hash())) {
            throw new BadFileException("flow.changedSincePreview", plan.source().fileName());
        }
    }

    /** The flow that opens the missions of a kind; an affiliates list opens none. */
    private Optional<MissionFlow> flowOf(FlowKind kind) {
        return switch (kind) {
            case AFFILIATES -> Optional.empty();
            case BIRTHS -> Optional.of(births);
            case AFA -> Optional.of(afa);
            case REQUESTS -> Optional.of(requests);
        };
    }
}
