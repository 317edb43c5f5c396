package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Agent;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.TeamService;
import be.inasti.missiondesk.domain.balance.Proposal;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "balance", description = "Propose spreading an absent agent's open missions over colleagues, urgent "
        + "ones first, weighing their open work; --apply moves them.")
final class BalanceCommand extends ServiceCommand<TeamService> {
    @Option(names = "--from", required = true, paramLabel = "OFFICE/login", converter = AgentConverter.class)
    Agent absent;

    @Option(names = "--to", required = true, split = ",", paramLabel = "OFFICE/login", converter = AgentConverter.class)
    List<Agent> colleagues;

    @Option(names = "--apply", description = "Apply the proposal (otherwise only show it).")
    boolean apply;

    @Option(names = "--reason", defaultValue = "balance", description = "Written in the history (default ${DEFAULT-VALUE}).")
    String reason;

    BalanceCommand() {
        super(Services::team);
    }

    @Override
    int run(TeamService team) {
        Proposal proposal = team.proposeBalance(absent, colleagues);
        for (Agent a : colleagues) {
            out().printf(Locale.ROOT, "%s takes %d mission(s); load after: %.1f%n", a, proposal.missionsOf(a.login()).size(),
                    proposal.loads().get(a.login()));
        }
        if (apply) {
            int moved = team.apply(proposal, colleagues, reason + " (" + absent + ")");
            out().printf("%d mission(s) moved%n", moved);
        }
        return 0;
    }
}
