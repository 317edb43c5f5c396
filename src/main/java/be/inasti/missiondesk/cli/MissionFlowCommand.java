package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.flows.FlowImportService;
import be.inasti.missiondesk.domain.flow.FlowKind;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.profile.Profile;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** A flow that opens missions: a file names no office or agent, so the command does. */
abstract class MissionFlowCommand extends FlowImportCommand {
    @Option(names = "--office", paramLabel = "OFFICE",
            description = "The office the missions go to: ${COMPLETION-CANDIDATES} (default: the profile's).")
    Office office;

    @Option(names = "--assignee", paramLabel = "AGENT", converter = LoginConverter.class,
            description = "The agent the missions go to (default: the user importing the file).")
    String assignee;

    abstract FlowKind kind();

    /** The day the file was received, given today: its missions' clocks start on it. */
    abstract LocalDate received(LocalDate today);

    @Override
    final ImportOptions options(FlowImportService flows) {
        return new ImportOptions(kind(), received(flows.today()), orProfile(office, "--office", Profile::office),
                assignee != null ? assignee : flows.importer(), strict);
    }
}
