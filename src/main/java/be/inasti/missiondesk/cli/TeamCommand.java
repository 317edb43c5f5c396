package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.AtRiskClock;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.TeamRow;
import be.inasti.missiondesk.app.TeamService;
import be.inasti.missiondesk.domain.mission.Office;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "team", description = "Every agent's open work: missions, overdue, at risk, due within 7 and 30 "
        + "days, by type.", subcommands = TeamCommand.AtRisk.class)
final class TeamCommand extends ServiceCommand<TeamService> {
    @Option(names = "--office", description = "Only this office: ${COMPLETION-CANDIDATES}.")
    Office office;

    private static final List<String> HEADER = List.of("office", "agent", "open", "load", "overdue", "atRisk",
            "dueIn7", "dueIn30", "types");

    TeamCommand() {
        super(Services::team);
    }

    @Override
    int run(TeamService team) {
        List<TeamRow> rows = team.team(Optional.ofNullable(office));
        Formats.table(out(), HEADER, rows.stream().map(TeamCommand::cells).toList());
        return 0;
    }

    private static List<Object> cells(TeamRow r) {
        String types = r.byType().entrySet().stream().map(e -> e.getKey().code() + ":" + e.getValue()).sorted()
                .collect(Collectors.joining(" "));
        return Arrays.asList(r.agent().office(), r.agent().login(), r.open(), String.format(Locale.ROOT, "%.1f",
                r.load()), r.overdue(), r.atRisk(), r.dueIn7(), r.dueIn30(), types);
    }

    @Command(name = "at-risk", description = "Open clocks that miss a tier within N days unless closed, soonest first.")
    static final class AtRisk extends ServiceCommand<TeamService> {
        @Option(names = "--days", defaultValue = "7", converter = CountConverter.class,
                description = "Horizon in days (default ${DEFAULT-VALUE}).")
        int days;

        @Option(names = "--office", description = "Only this office.")
        Office office;

        AtRisk() {
            super(Services::team);
        }

        @Override
        int run(TeamService team) {
            List<AtRiskClock> risks = team.atRisk(days, Optional.ofNullable(office));
            Formats.table(out(), List.of("due", "daysLeft", "objective", "tierDays", "mission", "type", "agent"),
                    risks.stream().map(r -> Arrays.<Object>asList(r.dueOn(), r.daysLeft(), r.objective(),
                            r.tierDays(), r.mission().id().toString().substring(0, 8), r.mission().type(),
                            r.mission().office() + "/" + r.mission().assignee())).toList());
            return 0;
        }
    }
}
