package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.database.DatabaseService;
import be.inasti.missiondesk.domain.check.CheckResult;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "check", description = "Check the database: pages, references, and what MissionDesk always keeps "
        + "true (history, clocks, operation log). Exit code 1 when something is wrong.")
final class CheckCommand extends ServiceCommand<DatabaseService> {
    CheckCommand() {
        super(Services::database);
    }

    @Override
    int run(DatabaseService database) {
        List<CheckResult> results = database.check();
        results.forEach(this::print);
        long failed = results.stream().filter(r -> !r.ok()).count();
        if (failed == 0) {
            out().printf("%s: every check passed%n", database.location());
            return 0;
        }
        out().printf("%s: %d check(s) found problems; 'missiondesk restore' can bring back a backup%n",
                database.location(), failed);
        return Cli.REFUSED;
    }

    private void print(CheckResult r) {
        out().printf("%-6s%s%n", r.ok() ? "ok" : "FAIL", r.check());
        r.problems().forEach(p -> out().printf("        %s%n", p));
        if (r.more() > 0) {
            out().printf("        … and %d more%n", r.more());
        }
    }
}
