package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.mission.Mission;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "event", description = "Fire a workflow event (droit-accorde, reponse-envoyee, transmis-vob, …); "
        + "an event the mission's state does not allow is refused, with the allowed ones listed.")
final class MissionEventCommand extends ServiceCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Mission id (or its first characters).")
    String id;

    @Parameters(index = "1", paramLabel = "EVENT", description = "The workflow event.")
    String event;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "When it happened (default: today).")
    LocalDate on;

    @Override
    int run(Services services) {
        Mission before = services.missions().find(id);
        Mission after = services.missions().fire(before.id(), event, on != null ? on : services.missions().today());
        out().printf("%s: %s -> %s%s%n", after.id(), before.status(), after.status(),
                after.outcome() != null ? " (" + after.outcome() + ")" : "");
        for (int i = 0; i < after.clocks().size(); i++) {
            DeadlineClock now = after.clocks().get(i);
            boolean isNew = i >= before.clocks().size();
            if (isNew) {
                out().printf("clock %s started %s, due %s%n", now.objectiveCode(), now.startedOn(), now.dueOn());
            } else if (!now.equals(before.clocks().get(i))) {
                out().printf("clock %s %s %s%n", now.objectiveCode(), now.cancelled() ? "cancelled" : "stopped",
                        now.stoppedOn());
            }
        }
        return 0;
    }
}
