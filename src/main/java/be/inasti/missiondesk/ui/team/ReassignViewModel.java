package be.inasti.missiondesk.ui.team;

import be.inasti.missiondesk.app.Agent;
import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.app.TeamService;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Moves the selected missions to another agent (and so, maybe, another office). The reason is required: it is
 * written on every history row, and the desks read it when the move reaches them.
 */
public final class ReassignViewModel {
    private final TeamService team;
    private final Messages messages;
    private final Runnable onMoved;
    private final Form form = new Form(FXCollections.observableArrayList(), new SimpleObjectProperty<>(),
            new SimpleStringProperty(""));
    private final WorkState work;
    private final StringBinding whyNot;
    private final BooleanBinding ready;

    public ReassignViewModel(TeamService team, TaskRunner tasks, Messages messages, Runnable onMoved) {
        this.team = team;
        this.messages = messages;
        this.work = new WorkState(tasks, messages, "coordination.error");
        this.onMoved = onMoved;
        whyNot = work.whyNot(messages.get("coordination.why.busy"), () -> form.selected.isEmpty()
                ? messages.get("reassign.why.selected") : form.target.get() == null
                        ? messages.get("reassign.why.target") : "", form.selected, form.target);
        ready = whyNot.isEmpty();
    }

    public void reassign() {
        if (form.reason.get() == null || form.reason.get().isBlank()) {
            work.fail(messages.get("reassign.reasonRequired"));
            return;
        }
        if (!ready.get()) {
            return;
        }
        List<UUID> ids = form.selected.stream().map(i -> i.mission().id()).toList();
        Agent to = form.target.get();
        work.run(() -> team.reassign(ids, to, form.reason.get().strip()), moved -> {
            work.succeed(messages.format("reassign.done", moved, to.login(), messages.of("office", to.office())));
            form.reason.set("");
            onMoved.run();
        });
    }

    public Form form() {
        return form;
    }

    /** Missions and an agent chosen, nothing running: the reason is checked on the click, with a message. */
    /** Why the missions cannot be moved yet, "" when they can: what a greyed Reassign says. */
    public StringBinding whyNotBinding() {
        return whyNot;
    }

    public BooleanBinding readyProperty() {
        return ready;
    }

    /** Busy, done or failed: what the action bar shows. */
    public WorkState work() {
        return work;
    }

    /**
     * What to move, to whom, and why.
     *
     * @param selected the missions to move: the view keeps it equal to the table's selection
     */
    public record Form(ObservableList<QueueItem> selected, ObjectProperty<Agent> target, StringProperty reason) {
    }
}
