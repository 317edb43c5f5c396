package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.MissionService;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.identity.Bce;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.domain.workflow.NewMission;
import java.time.LocalDate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "add", description = "Open a mission; the clocks its type starts on reception start on the "
        + "received date. Prints the new id on the last line.")
final class MissionAddCommand extends ServiceCommand<MissionService> {
    @Option(names = "--type", required = true, paramLabel = "TYPE", converter = MissionTypeConverter.class,
            completionCandidates = MissionTypeConverter.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    MissionType type;

    @Option(names = "--office", paramLabel = "OFFICE",
            description = "One of: ${COMPLETION-CANDIDATES} (default: the profile's).")
    Office office;

    @Option(names = "--assignee", paramLabel = "AGENT", converter = LoginConverter.class,
            description = "Login of the agent (default: the profile's).")
    String assignee;

    @Option(names = "--received", required = true, paramLabel = "YYYY-MM-DD", description = "Date received.")
    LocalDate received;

    @ArgGroup(exclusive = true)
    Identifier identifier;

    @Option(names = "--name", description = "Name of the person or company.")
    String name;

    @Option(names = {"--objective", "--requested-by"}, paramLabel = "CODE",
            description = "For an information request: its service's objective (VOB 4-01, CNH 5-01, …); for a "
                    + "control: the service that requested it (VOB, CNH, …).")
    String objective;

    @Option(names = "--priority", defaultValue = "NORMAL", description = "NORMAL or HIGH.")
    Priority priority;

    @Option(names = "--notes", description = "Free text.")
    String notes;

    static final class Identifier {
        @Option(names = "--niss", description = "The person's NISS (11 digits, check digits verified).")
        String niss;

        @Option(names = "--bce", description = "The company's BCE/KBO number (10 digits, check digits verified).")
        String bce;
    }

    MissionAddCommand() {
        super(Services::missions);
    }

    @Override
    int run(MissionService missions) {
        Mission m = missions.open(new NewMission(type, orProfile(office, "--office", Profile::office),
                orProfile(assignee, "--assignee", Profile::login), subject(), Source.MANUAL,
                received, objective, priority, notes));
        m.clocks().forEach(c -> out().printf("clock %s started %s, due %s%n", c.objectiveCode(), c.startedOn(),
                c.dueOn()));
        out().println(m.id());
        return 0;
    }

    private Subject subject() {
        if (identifier != null && identifier.niss != null) {
            return Subject.person(Niss.parse(identifier.niss), name);
        }
        if (identifier != null && identifier.bce != null) {
            return Subject.company(Bce.parse(identifier.bce), name);
        }
        return Subject.unidentified(name);
    }
}
