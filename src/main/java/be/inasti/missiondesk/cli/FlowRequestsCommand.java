package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.domain.flow.FlowKind;
import java.time.LocalDate;
import picocli.CommandLine.Command;

@Command(name = "requests", description = "Information requests (canal;service;identifiant;nom;date_reception;"
        + "resume): an information-request mission per line, with its service's objective (VOB 4-01, CNH 5-01, …) "
        + "started on the line's date.")
final class FlowRequestsCommand extends MissionFlowCommand {
    @Override
    FlowKind kind() {
        return FlowKind.REQUESTS;
    }

    /** Each line has its own reception date; the file itself is dated today. */
    @Override
    LocalDate received(LocalDate today) {
        return today;
    }
}
