package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.files.OutputFiles;
import be.inasti.missiondesk.app.flows.FlowImportService;
import be.inasti.missiondesk.domain.flow.FlowKind;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.mission.Actor;
import be.inasti.missiondesk.domain.mission.Office;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** A flow that opens missions: a file names no office or agent, so the command does. */
abstract class MissionFlowCommand extends FlowImportCommand<MissionFlowCommand.Uses> {
    @Option(names = "--office", required = true, paramLabel = "OFFICE",
            description = "The office the missions go to: ${COMPLETION-CANDIDATES}.")
    Office office;

    @Option(names = "--assignee", paramLabel = "AGENT", converter = LoginConverter.class,
            description = "The agent the missions go to (default: the user importing the file).")
    String assignee;

    /**
     * The import service, where its error list may go, and who imports: the missions go to him unless
     * {@code --assignee} says otherwise.
     */
    record Uses(FlowImportService flows, OutputFiles outputs, Actor actor) {
    }

    MissionFlowCommand() {
        super(s -> new Uses(s.flows(), s.outputs(), s.actor()), Uses::flows, Uses::outputs);
    }

    abstract FlowKind kind();

    /** The day the file was received, given today: its missions' clocks start on it. */
    abstract LocalDate received(LocalDate today);

    @Override
    final ImportOptions options(Uses uses) {
        return new ImportOptions(kind(), received(uses.flows().today()), office,
                assignee != null ? assignee : uses.actor().user(), strict);
    }
}
