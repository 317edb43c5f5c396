package be.inasti.missiondesk.ui.team;

import be.inasti.missiondesk.app.Agent;
import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.app.QueueService;
import be.inasti.missiondesk.app.TeamRow;
import be.inasti.missiondesk.app.TeamService;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.domain.workflow.Workflows;
import be.inasti.missiondesk.ui.common.Listing;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The team's open work per agent, with office subtotals and the total, and the missions of the line the
 * coordinator opens (an agent's queue, an office's, or everyone's). Also reads whether this site may move work.
 */
public final class TeamViewModel {
    private record Loaded(List<TeamRow> rows, boolean mayReassign) {
    }

    private final TeamService team;
    private final QueueService queue;
    private final Messages messages;
    private final ObservableList<TeamLine> lines = FXCollections.observableArrayList();
    private final ObservableList<Agent> agents = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper mayReassign = new ReadOnlyBooleanWrapper(false);
    private final Team shown = new Team(lines, agents, mayReassign.getReadOnlyProperty());
    private final Listing<QueueItem> missions = new Listing<>();
    private final WorkState work;
    private TeamLine shownLine;

    public TeamViewModel(TeamService team, QueueService queue, TaskRunner tasks, Messages messages) {
        this.team = team;
        this.queue = queue;
        this.messages = messages;
        this.work = new WorkState(tasks, messages, "coordination.error");
    }

    /** Reads the team again (and the opened line's missions, which a move may have changed). */
    public void refresh() {
        work.run(() -> new Loaded(team.team(Optional.empty()), team.mayReassign()), loaded -> {
            lines.setAll(TeamLine.linesOf(loaded.rows()));
            agents.setAll(loaded.rows().stream().map(TeamRow::agent).toList());
            mayReassign.set(loaded.mayReassign());
            if (shownLine != null) {
                open(shownLine);
            }
        });
    }

    /** Lists the missions a line stands for, most urgent first. */
    public void open(TeamLine line) {
        if (line == null) {
            return;
        }
        shownLine = line;
        work.run(() -> queue.all(QueueCriteria.of(line.office(), line.login())), items -> {
            missions.show(items, messages.format("team.missionsOf", lineText(line), items.size()));
        });
    }

    /** "login (office)", "Office (subtotal)" or "Team total". */
    public String lineText(TeamLine line) {
        return switch (line.level()) {
            case AGENT -> line.login().orElseThrow();
            case OFFICE -> messages.format("team.subtotal", messages.of("office", line.office().orElseThrow()));
            case TOTAL -> messages.get("team.total");
        };
    }

    public String officeText(TeamLine line) {
        return line.office().map(o -> messages.of("office", o)).orElse("");
    }

    /** "Titres-services 4 · Demande d'information 2": largest first, ties in the catalogue's order of types. */
    public String byTypeText(TeamLine line) {
        List<MissionType> order = Workflows.bundled().allTypes();
        return line.byType().entrySet().stream()
                .sorted(Map.Entry.<MissionType, Integer>comparingByValue().reversed()
                        .thenComparing(e -> order.indexOf(e.getKey())))
                .map(e -> messages.type(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(" · "));
    }

    public Team team() {
        return shown;
    }

    /** The missions of the opened line, most urgent first, under a title that names the line. */
    public Listing<QueueItem> missions() {
        return missions;
    }

    /** Busy, or what went wrong: what the header shows. */
    public WorkState work() {
        return work;
    }

    /**
     * What {@link #refresh} read.
     *
     * @param lines a line per agent, office subtotals and the total
     * @param agents every agent with open work: whom work can be moved to or from
     * @param mayReassign whether this site may move work
     */
    public record Team(ObservableList<TeamLine> lines, ObservableList<Agent> agents,
            ReadOnlyBooleanProperty mayReassign) {
    }
}
