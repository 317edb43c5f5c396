package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.domain.workflow.Transition;
import be.inasti.missiondesk.domain.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The workflows page of the documentation, written from the data so that it cannot drift from it: a test fails
 * when {@code src/site/markdown/workflows.md} differs from what {@code workflows --format markdown} prints.
 */
final class WorkflowsPage {
    private WorkflowsPage() {
    }

    static String of(List<Workflow> workflows) {
        List<String> lines = new ArrayList<>(List.of(
                "# Workflows",
                "",
                "<!-- Generated: missiondesk workflows --format markdown > src/site/markdown/workflows.md -->",
                "",
                "Every mission type in force, read from `src/main/resources/catalogue/workflows-*.yaml`: the events a "
                        + "caseworker fires (as typed in `mission event ID EVENT`), the states they lead through and "
                        + "the clocks they start (▶), stop (■) or cancel (✕). ▶ᴿ starts a clock counted from the "
                        + "mission's reception; `*` is the objective an information request names. Weights are "
                        + "workloads relative to an information request. How to add a type: "
                        + "[design](design.md#a-mission-type-is-data); why each objective is read this way: "
                        + "[workflow choices](workflow-choices.md).",
                ""));
        workflows.forEach(w -> lines.addAll(section(w)));
        return String.join("\n", lines) + "\n";
    }

    private static List<String> section(Workflow w) {
        List<String> lines = new ArrayList<>(List.of(
                "## " + w.label().en() + " (`" + w.type().code() + "`)",
                "",
                "Concerns: %s · weight %s · on reception: %s · closed in: %s%s".formatted(
                        w.subject().name().toLowerCase(Locale.ROOT), String.format(Locale.ROOT, "%.1f", w.weight()),
                        w.startsOnReception().isEmpty() ? "no clock" : "▶ " + String.join(", ", w.startsOnReception()),
                        String.join(", ", w.closedStates().stream().sorted().toList()),
                        w.requestedBy().isEmpty() ? "" : " · requested by: " + String.join(", ", w.requestedBy())),
                "",
                "| event | from → to | clocks | outcome |",
                "|---|---|---|---|"));
        w.transitions().forEach(t -> lines.add("| `%s`%s | %s → %s | %s | %s |".formatted(t.event(),
                t.needsComment() ? " (asks why)" : "", String.join(", ", t.from().stream().sorted().toList()), t.to(),
                clocks(t), t.outcome() == null ? "" : t.outcome().code())));
        lines.add("");
        return lines;
    }

    private static String clocks(Transition t) {
        return Stream.of(marked("▶", t.starts()), marked("▶ᴿ", t.startsAsOfReception()), marked("■", t.stops()),
                marked("✕", t.cancels())).flatMap(List::stream).collect(Collectors.joining(", "));
    }

    private static List<String> marked(String mark, List<String> codes) {
        return codes.stream().map(c -> mark + " " + c).toList();
    }
}
