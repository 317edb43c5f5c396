package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.flow.FlowCounts;
import be.inasti.missiondesk.domain.flow.FlowPlan;
import be.inasti.missiondesk.domain.flow.FlowSource;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.flow.ImportedFile;
import be.inasti.missiondesk.domain.flow.LineProblem;
import be.inasti.missiondesk.domain.flow.PlannedLine;
import be.inasti.missiondesk.domain.flow.Verdict;
import be.inasti.missiondesk.domain.flow.WrittenLines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * What a planner makes of a file's lines as they come: counts, the first lines and problems a preview lists, and the
 * lines an import writes. Problems come in the file's order; verdicts come as late as the store is asked about a
 * chunk of keys, so the lines listed are kept in a heap that drops the highest line number past the limit.
 */
final class Draft {
    private static final Comparator<PlannedLine> BY_LINE = Comparator.comparingInt(PlannedLine::line);

    private final Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    private final PriorityQueue<PlannedLine> lines = new PriorityQueue<>(BY_LINE.reversed());
    private final List<LineProblem> problems = new ArrayList<>();
    private final BitSet alone = new BitSet();
    private final BitSet first = new BitSet();
    private final BitSet later = new BitSet();
    private final BitSet last = new BitSet();
    private int problemCount;
    private int badLines;
    private int lastBadLine;

    void line(PlannedLine line) {
        counts.merge(line.verdict(), 1L, Long::sum);
        lines.add(line);
        if (lines.size() > FlowPlan.LISTED) {
            lines.poll();
        }
    }

    void problem(LineProblem problem) {
        problemCount++;
        if (problem.line() != lastBadLine) {
            badLines++;
            lastBadLine = problem.line();
        }
        if (problems.size() < FlowPlan.LISTED) {
            problems.add(problem);
        }
    }

    /** The line is a whole mission or affiliate to write. */
    void writesAlone(int line) {
        alone.set(line);
    }

    /** The lines from {@code from} to {@code to} open one mission, with the lines that {@link #mayJoin} in between. */
    void writesTogether(int from, int to) {
        first.set(from);
        last.set(to);
    }

    /** The line shares an earlier line's key, and joins its mission if that one is written. */
    void mayJoin(int line) {
        later.set(line);
    }

    FlowPlan plan(FlowSource source, ImportOptions options, LocalDate today, Optional<ImportedFile> earlier) {
        List<PlannedLine> listed = new ArrayList<>(lines);
        listed.sort(BY_LINE);
        return new FlowPlan(source, options, today, earlier, new FlowCounts(counts, problemCount, badLines), listed,
                problems, new WrittenLines(alone, first, later, last));
    }
}
