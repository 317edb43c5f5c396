package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.domain.flow.FlowKind;
import be.inasti.missiondesk.domain.flow.FlowPlan;
import be.inasti.missiondesk.domain.flow.FlowReport;
import be.inasti.missiondesk.domain.flow.FlowSource;
import be.inasti.missiondesk.domain.flow.Verdict;
import java.io.PrintWriter;

/**
 * Prints an import's report: the file as read, the counts per verdict, the lines that are not for CNH (never
 * dropped silently) and every bad line with its line number, column and reason.
 */
final class FlowReportPrinter {
    private final PrintWriter out;

    FlowReportPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(FlowReport report) {
        FlowPlan plan = report.plan();
        FlowSource s = plan.source();
        out.printf("%s: %d lines, %s, separated by '%c', received %s%n", s.fileName(), s.lines(), s.encoding(),
                s.separator(), plan.options().received());
        plan.earlier().ifPresent(e -> out.printf("already imported at %s by %s: nothing to do%n", e.importedAt(),
                e.importedBy()));
        count(plan, Verdict.SAME_MISSION, "same mission as an earlier line");
        count(plan, Verdict.ALREADY_IMPORTED, "already imported (or unchanged)");
        count(plan, Verdict.NOT_FOR_CNH, "not for CNH");
        plan.lines().stream().filter(l -> l.verdict() == Verdict.NOT_FOR_CNH)
                .forEach(l -> out.printf("  line %d %s: %s%n", l.line(), l.subject(), l.detail().inEnglish()));
        if (!plan.problems().isEmpty()) {
            out.printf("bad lines: %d%n", plan.problems().stream().mapToInt(p -> p.line()).distinct().count());
            plan.problems().forEach(p -> out.println("  " + p.describe()));
        }
        if (report.applied()) {
            out.printf("%s: %d%n", plan.options().kind() == FlowKind.AFFILIATES ? "affiliates added or updated"
                    : "missions created", report.created());
        } else {
            out.println("nothing was imported");
        }
    }

    private void count(FlowPlan plan, Verdict verdict, String label) {
        long n = plan.count(verdict);
        if (n > 0) {
            out.printf("%s: %d%n", label, n);
        }
    }
}
