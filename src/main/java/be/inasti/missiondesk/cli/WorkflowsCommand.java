package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.MissionService;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.workflow.Transition;
import be.inasti.missiondesk.domain.workflow.Workflow;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "workflows", description = "Every mission type in force today, with the events it takes and the "
        + "clocks (objective codes) each starts, stops or cancels; '*' is the objective an information request names.")
final class WorkflowsCommand extends ServiceCommand<MissionService> {
    private static final List<String> HEADER = List.of("type", "event", "from", "to", "starts", "stops", "cancels",
            "outcome");

    /** Markdown is the page {@code src/site/markdown/workflows.md}, regenerated from the data, never edited. */
    enum Format { table, csv, json, markdown }

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, json or markdown (default ${DEFAULT-VALUE}).")
    Format format;

    record TypeJson(String type, String label, String subject, double weight, List<String> requestedBy,
            List<String> startsOnReception, List<EventJson> events) {
    }

    record EventJson(String event, List<String> from, String to, List<String> starts, List<String> stops,
            List<String> cancels, String outcome) {
    }

    WorkflowsCommand() {
        super(Services::missions);
    }

    @Override
    int run(MissionService missions) {
        List<Workflow> workflows = missions.workflowsToOpen();
        switch (format) {
            case json -> Formats.json(out(), workflows.stream().map(WorkflowsCommand::json).toList());
            case csv -> Formats.csv(out(), HEADER, rows(workflows));
            case table -> Formats.table(out(), HEADER, rows(workflows));
            case markdown -> out().print(WorkflowsPage.of(workflows));
        }
        out().flush();
        return 0;
    }

    private static TypeJson json(Workflow w) {
        return new TypeJson(w.type().code(), w.label().en(), w.subject().name(), w.weight(), w.requestedBy(),
                w.startsOnReception(),
                w.transitions().stream().map(t -> new EventJson(t.event(), t.from().stream().sorted().toList(), t.to(),
                        starts(t), t.stops(), t.cancels(), t.outcome() == null ? null : t.outcome().code())).toList());
    }

    /** The clocks an event starts, whether counted from the event or from the mission's reception. */
    private static List<String> starts(Transition t) {
        return Stream.concat(t.starts().stream(), t.startsAsOfReception().stream()).toList();
    }

    private static List<List<Object>> rows(List<Workflow> workflows) {
        return workflows.stream().flatMap(w -> Stream.concat(
                Stream.<List<Object>>of(List.of(w.type().code(), "(reception)", "", w.initialState(),
                        String.join(" ", w.startsOnReception()), "", "", "")),
                w.transitions().stream().map(t -> List.<Object>of(w.type().code(), t.event(),
                        String.join(" ", t.from().stream().sorted().toList()), t.to(), String.join(" ", starts(t)),
                        String.join(" ", t.stops()), String.join(" ", t.cancels()),
                        t.outcome() == null ? "" : t.outcome().code())))).toList();
    }
}
