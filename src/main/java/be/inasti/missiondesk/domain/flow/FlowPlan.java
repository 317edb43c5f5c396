package be.inasti.missiondesk.domain.flow;

import java.util.List;
import java.util.Optional;

/**
 * A preview: what importing a file would do, line by line, computed without writing anything. {@code earlier} is the
 * import of the very same bytes, if there was one.
 */
public record FlowPlan(FlowSource source, ImportOptions options, Optional<ImportedFile> earlier,
        List<PlannedLine> lines, List<LineProblem> problems, List<PlannedMission> missions,
        List<Affiliate> affiliates) {

    public FlowPlan {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        missions = List.copyOf(missions);
        affiliates = List.copyOf(affiliates);
    }

    public boolean alreadyImported() {
        return earlier.isPresent();
    }

    /** {@code --strict}: one bad line and nothing is applied. */
    public boolean refusedByStrict() {
        return options.strict() && !problems.isEmpty();
    }

    public boolean canApply() {
        return !alreadyImported() && !refusedByStrict();
    }

    public long count(Verdict verdict) {
        return lines.stream().filter(l -> l.verdict() == verdict).count();
    }

    /** Missions or affiliates the file brings. */
    public int changes() {
        return missions.size() + affiliates.size();
    }
}
