package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Agent;
import be.inasti.missiondesk.app.MissionService;
import be.inasti.missiondesk.app.TeamService;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reassign", description = "Move missions to another agent (and office); each move is a history row "
        + "with the reason. Coordinator and central sites only.")
final class ReassignCommand extends ServiceCommand<ReassignCommand.Uses> {
    @Parameters(paramLabel = "ID", arity = "1..*", description = "Mission ids (or their first characters).")
    List<String> ids;

    @Option(names = "--to", required = true, paramLabel = "OFFICE/login", converter = AgentConverter.class)
    Agent to;

    @Option(names = "--reason", required = true, description = "Why (written in the history).")
    String reason;

    /** The missions service finds the ids typed; the team service moves them, if this site may. */
    record Uses(MissionService missions, TeamService team) {
    }

    ReassignCommand() {
        super(s -> new Uses(s.missions(), s.team()));
    }

    @Override
    int run(Uses uses) {
        List<UUID> missions = ids.stream().map(id -> uses.missions().find(id).id()).toList();
        int moved = uses.team().reassign(missions, to, reason);
        out().printf("%d mission(s) moved to %s%n", moved, to);
        return 0;
    }
}
