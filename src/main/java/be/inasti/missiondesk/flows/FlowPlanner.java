package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.flow.FlowKind;
import be.inasti.missiondesk.domain.flow.FlowPlan;
import be.inasti.missiondesk.domain.flow.FlowSource;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.flow.LineProblem;
import be.inasti.missiondesk.domain.workflow.MissionLifecycle;
import be.inasti.missiondesk.flows.csv.CsvTable;
import be.inasti.missiondesk.store.AffiliateStore;
import be.inasti.missiondesk.store.FlowStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What a flow file would do, line by line, computed without writing anything: the one door to the flows' readers
 * and planners, which stay private to this package.
 */
public final class FlowPlanner {
    private final MissionPlanner missions;
    private final AffiliatesPlanner affiliates;
    private final BirthsFlow births;
    private final AfaFlow afa;
    private final RequestsFlow requests;
    private final FlowStore store;

    public FlowPlanner(MissionLifecycle lifecycle, FlowStore store, AffiliateStore affiliateStore, Caisses caisses) {
        this.missions = new MissionPlanner(lifecycle, store);
        this.affiliates = new AffiliatesPlanner(affiliateStore, caisses);
        this.births = new BirthsFlow(affiliateStore, caisses);
        this.afa = new AfaFlow(caisses);
        this.requests = new RequestsFlow(lifecycle);
        this.store = store;
    }

    /** The flow a file's header belongs to, for a file dropped on the window. */
    public static Optional<FlowKind> kindOf(byte[] bytes) {
        return FlowKind.ofHeader(CsvTable.headerOf(bytes));
    }

    /** The plan for a file's bytes; {@code earlier} in the plan is the import of the very same bytes, if any. */
    public FlowPlan plan(String fileName, byte[] bytes, ImportOptions options, LocalDate today) {
        CsvTable table = CsvTable.read(bytes, options.kind().columns());
        String hash = sha256(bytes);
        Draft draft = switch (options.kind()) {
            case AFFILIATES -> affiliates.plan(table, today);
            case BIRTHS -> missions.plan(births, table, options, today);
            case AFA -> missions.plan(afa, table, options, today);
            case REQUESTS -> missions.plan(requests, table, options, today);
        };
        List<LineProblem> problems = new ArrayList<>(table.problems());
        problems.addAll(draft.problems());
        problems.sort(Comparator.comparingInt(LineProblem::line));
        FlowSource source = new FlowSource(fileName, hash, table.encoding(), table.separator(), table.lastLine());
        return new FlowPlan(source, options, store.findFile(hash), draft.lines(), problems, draft.missions(),
                draft.affiliates());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
