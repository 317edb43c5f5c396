package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.ClockStatus;
import be.inasti.missiondesk.app.MissionService;
import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.app.QueueService;
import be.inasti.missiondesk.domain.mission.HistoryEntry;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.workflow.Transition;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show a mission: subject, clocks with their countdowns, allowed events, history.")
final class MissionShowCommand extends ServiceCommand<MissionShowCommand.Uses> {
    @Parameters(index = "0", paramLabel = "ID", description = "Mission id (or its first characters).")
    String id;

    /** The mission, its history and allowed events; the queue works out its clocks' countdowns. */
    record Uses(MissionService missions, QueueService queue) {
    }

    MissionShowCommand() {
        super(s -> new Uses(s.missions(), s.queue()));
    }

    @Override
    int run(Uses uses) {
        Mission m = uses.missions().find(id);
        QueueItem item = uses.queue().itemOf(m, uses.missions().today());
        out().printf("%s  %s  %s / %s  %s%s%n", m.id(), m.type(), m.office(), m.assignee(), m.status(),
                m.outcome() != null ? " (" + m.outcome() + ")" : "");
        out().printf("subject: %s; received %s (%s)%n", m.subject().display(), m.receivedOn(), m.source());
        if (m.serviceObjective() != null) {
            out().printf("service objective: %s%n", m.serviceObjective());
        }
        for (ClockStatus c : item.clocks()) {
            out().printf("clock %-11s started %s due %s %s%s%n", c.clock().objectiveCode(), c.clock().startedOn(),
                    c.clock().dueOn(), c.countdown().state(),
                    c.clock().isOpen() ? "  " + Formats.countdown(c.countdown()) : " on " + c.clock().stoppedOn());
        }
        out().printf("allowed now: %s%n", uses.missions().allowed(m).stream().map(Transition::event)
                .collect(Collectors.joining(", ")));
        for (HistoryEntry h : uses.missions().history(m.id())) {
            out().printf("  %s %s@%s %s %s %s -> %s%n", h.at(), h.author(), h.site(), h.change().kind(),
                    h.change().field(), h.change().oldValue(), h.change().newValue());
        }
        return 0;
    }
}
