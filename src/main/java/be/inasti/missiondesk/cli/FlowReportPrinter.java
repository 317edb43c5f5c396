package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.domain.flow.FlowKind;
import be.inasti.missiondesk.domain.flow.FlowPlan;
import be.inasti.missiondesk.domain.flow.FlowReport;
import be.inasti.missiondesk.domain.flow.FlowSource;
import be.inasti.missiondesk.domain.flow.PlannedLine;
import be.inasti.missiondesk.domain.flow.Verdict;
import be.inasti.missiondesk.domain.text.SafeText;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints an import's report: the file as read, the counts per verdict, the lines that are not for CNH (never
 * dropped silently) and every bad line with its line number, column and reason; past the first lines a preview
 * lists, how many more. Names, values and the file's name come from the file's sender: each line is printed through
 * {@link SafeText#printable}, never obeyed by the terminal.
 */
final class FlowReportPrinter {
    private final PrintWriter out;

    FlowReportPrinter(PrintWriter out) {
        this.out = out;
    }

    /** One line, formatted, its control characters shown as such. */
    private void say(String format, Object... values) {
        out.println(SafeText.printable(String.format(format, values)));
    }

    void print(FlowReport report) {
        FlowPlan plan = report.plan();
        FlowSource s = plan.source();
        say("%s: %d lines, %s, separated by '%c', received %s", s.fileName(), s.lines(), s.encoding(),
                s.separator(), plan.options().received());
        plan.earlier().ifPresent(e -> say("already imported at %s by %s: nothing to do", e.importedAt(),
                e.importedBy()));
        count(plan, Verdict.SAME_MISSION, "same mission as an earlier line");
        count(plan, Verdict.ALREADY_IMPORTED, "already imported (or unchanged)");
        count(plan, Verdict.NOT_FOR_CNH, "not for CNH");
        List<PlannedLine> notForCnh = plan.lines().stream().filter(l -> l.verdict() == Verdict.NOT_FOR_CNH).toList();
        notForCnh.forEach(l -> say("  line %d %s: %s", l.line(), l.subject(), l.detail().inEnglish()));
        more(plan.count(Verdict.NOT_FOR_CNH) - notForCnh.size());
        if (plan.problemCount() > 0) {
            say("bad lines: %d", plan.badLines());
            plan.problems().forEach(p -> say("  %s", p.describe()));
            more(plan.problemCount() - plan.problems().size());
        }
        if (report.applied()) {
            say("%s: %d", plan.options().kind() == FlowKind.AFFILIATES ? "affiliates added or updated"
                    : "missions created", report.created());
        } else {
            say("nothing was imported");
        }
    }

    /** What a preview does not list past its first lines: counted, so that nothing is dropped silently. */
    private void more(long unlisted) {
        if (unlisted > 0) {
            say("  … and %d more (the first %d lines are listed)", unlisted, FlowPlan.LISTED);
        }
    }

    private void count(FlowPlan plan, Verdict verdict, String label) {
        long n = plan.count(verdict);
        if (n > 0) {
            say("%s: %d", label, n);
        }
    }
}
