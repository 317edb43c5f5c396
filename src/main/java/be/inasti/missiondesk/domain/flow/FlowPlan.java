package be.inasti.missiondesk.domain.flow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A preview: what importing a file would do, computed without writing anything. {@code earlier} is the import of the
 * very same bytes, if there was one. The counts cover every line; {@code lines} and {@code problems} list the first
 * {@value #LISTED} of each by line number, so that a preview of a million lines stays small; {@code writes} says which
 * lines the import reads again to write them, as planned on {@code today}.
 */
public record FlowPlan(FlowSource source, ImportOptions options, LocalDate today, Optional<ImportedFile> earlier,
        FlowCounts counts, List<PlannedLine> lines, List<LineProblem> problems, WrittenLines writes) {
    /** Lines and problems a preview lists: more than anyone reads in a table or a terminal. */
    public static final int LISTED = 10_000;

    public FlowPlan {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    public boolean alreadyImported() {
        return earlier.isPresent();
    }

    /** {@code --strict}: one bad line and nothing is applied. */
    public boolean refusedByStrict() {
        return options.strict() && problemCount() > 0;
    }

    public boolean canApply() {
        return !alreadyImported() && !refusedByStrict();
    }

    public long count(Verdict verdict) {
        return counts.of(verdict);
    }

    /** Every problem of the file, listed or not. */
    public int problemCount() {
        return counts.problems();
    }

    /** Lines with at least one problem. */
    public int badLines() {
        return counts.badLines();
    }

    /** Missions or affiliates the file brings. */
    public int changes() {
        return Math.toIntExact(count(Verdict.CREATE) + count(Verdict.UPDATE));
    }
}
