package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.MissionService;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Change;
import be.inasti.missiondesk.domain.mission.ChangeKind;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.workflow.Recorded;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "event", description = "Fire a workflow event (droit-accorde, reponse-envoyee, transmis-vob, …); "
        + "an event the mission's state does not allow is refused, with the allowed ones listed.")
final class MissionEventCommand extends ServiceCommand<MissionService> {
    @Parameters(index = "0", paramLabel = "ID", description = "Mission id (or its first characters).")
    String id;

    @Parameters(index = "1", paramLabel = "EVENT", description = "The workflow event.")
    String event;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "When it happened (default: today).")
    LocalDate on;

    @Option(names = "--comment", paramLabel = "TEXT",
            description = "Why, kept in the history; required by the events that ask why (see 'workflows').")
    String comment;

    MissionEventCommand() {
        super(Services::missions);
    }

    @Override
    int run(MissionService missions) {
        LocalDate when = on != null ? on : missions.today();
        Recorded fired = missions.fire(missions.find(id).id(), event, when, comment);
        Mission after = fired.mission();
        for (Change c : fired.changes()) {
            switch (c.kind()) {
                case STATUS -> out().printf("%s: %s -> %s%s%n", after.id(), c.oldValue(), c.newValue(),
                        after.outcome() != null ? " (" + after.outcome() + ")" : "");
                case CLOCK_STARTED -> out().printf("clock %s due %s%n", c.field(), c.newValue());
                case CLOCK_STOPPED, CLOCK_CANCELLED -> out().printf("clock %s %s %s%n", c.field(),
                        c.kind() == ChangeKind.CLOCK_CANCELLED ? "cancelled" : "stopped", c.newValue());
                default -> { }
            }
        }
        return 0;
    }
}
