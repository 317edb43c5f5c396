package be.inasti.missiondesk.ui.balance;

import be.inasti.missiondesk.app.Agent;
import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.app.QueueService;
import be.inasti.missiondesk.app.TeamService;
import be.inasti.missiondesk.domain.balance.Proposal;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Spreads an absent agent's open missions over chosen colleagues: the service proposes (urgent work first, the
 * least loaded colleague each time), the coordinator edits the preview, each edit moves the loads and the
 * fairness figures at once, and applying moves the missions with the reason.
 */
public final class BalanceViewModel {
    private record Loaded(Proposal proposal, List<QueueItem> items) {
    }

    private final TeamService team;
    private final QueueService queue;
    private final Messages messages;
    private final Runnable onMoved;
    private final Form form;
    private final ObservableList<BalanceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Load> loads = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper mean = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper max = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper fairness = new ReadOnlyStringWrapper("");
    /** How many rows of the preview applying would move: the excluded ones stay. */
    private final ReadOnlyIntegerWrapper moving = new ReadOnlyIntegerWrapper();
    private final Preview preview = new Preview(rows, loads, mean.getReadOnlyProperty(), max.getReadOnlyProperty(),
            fairness.getReadOnlyProperty());
    private final WorkState work;
    private final StringBinding whyNotPropose;
    private final StringBinding whyNotApply;
    private final BooleanBinding mayPropose;
    private final BooleanBinding mayApply;
    /** Loads without the absent agent's missions, and the colleagues of the shown proposal. */
    private Map<String, Double> before = Map.of();
    private List<Agent> proposedTo = List.of();

    public BalanceViewModel(TeamService team, QueueService queue, ObservableList<Agent> agents, TaskRunner tasks,
            Messages messages, Runnable onMoved) {
        this.team = team;
        this.queue = queue;
        this.messages = messages;
        this.work = new WorkState(tasks, messages, "coordination.error");
        this.onMoved = onMoved;
        this.form = Form.over(agents);
        String busy = messages.get("coordination.why.busy");
        whyNotPropose = work.whyNot(busy, () -> form.absent.get() == null ? messages.get("balance.why.absent")
                : form.colleagues.isEmpty() || form.colleagues.contains(form.absent.get())
                        ? messages.get("balance.why.colleagues") : "", form.absent, form.colleagues);
        whyNotApply = work.whyNot(busy, () -> moving.get() > 0 ? "" : messages.get("balance.why.nothing"), moving);
        mayPropose = whyNotPropose.isEmpty();
        mayApply = whyNotApply.isEmpty();
    }

    public void propose() {
        if (!mayPropose.get()) {
            return;
        }
        Agent from = form.absent.get();
        List<Agent> to = List.copyOf(form.colleagues);
        work.run(() -> new Loaded(team.proposeBalance(from, to), queue.all(QueueCriteria.of(
                Optional.of(from.office()), Optional.of(from.login())))), loaded -> {
                    show(loaded, to);
                    work.succeed(messages.format("balance.proposed", rows.size(), to.size()));
                });
    }

    private void show(Loaded loaded, List<Agent> to) {
        Map<UUID, QueueItem> items = loaded.items().stream()
                .collect(Collectors.toMap(i -> i.mission().id(), Function.identity()));
        List<BalanceRow> proposed = loaded.proposal().assignments().entrySet().stream()
                .map(e -> rowOf(items.get(e.getKey()), e.getValue())).toList();
        Map<String, Double> without = new LinkedHashMap<>(loaded.proposal().loads());
        proposed.forEach(r -> without.merge(r.toProperty().get(), -r.weight(), Double::sum));
        before = without;
        proposedTo = to;
        proposed.forEach(r -> {
            r.toProperty().addListener((o, was, now) -> updateLoads());
            r.includedProperty().addListener((o, was, now) -> updateLoads());
        });
        rows.setAll(proposed);
        updateLoads();
    }

    /**
     * Every colleague's load as the preview stands: before, plus the weights of the rows now given to him (the
     * excluded rows to no one).
     */
    private void updateLoads() {
        Map<String, Double> after = new LinkedHashMap<>(before);
        List<BalanceRow> moved = rows.stream().filter(BalanceRow::included).toList();
        moved.forEach(r -> after.merge(r.toProperty().get(), r.weight(), Double::sum));
        moving.set(moved.size());
        loads.setAll(after.entrySet().stream().map(e -> new Load(e.getKey(), before.get(e.getKey()), e.getValue()))
                .toList());
        mean.set(after.values().stream().mapToDouble(Double::doubleValue).average().orElse(0));
        max.set(after.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        fairness.set(rows.isEmpty() ? "" : messages.format("balance.fairness", mean.get(), max.get()));
    }

    private BalanceRow rowOf(QueueItem item, String to) {
        return new BalanceRow(item, team.workItem(item).weight(), to);
    }

    /** Moves every included mission of the preview, edited or not, to its colleague, with the reason. */
    public void apply() {
        if (form.reason.get() == null || form.reason.get().isBlank()) {
            work.fail(messages.get("reassign.reasonRequired"));
            return;
        }
        if (!mayApply.get()) {
            return;
        }
        Map<UUID, String> assignments = new LinkedHashMap<>();
        rows.stream().filter(BalanceRow::included)
                .forEach(r -> assignments.put(r.item().mission().id(), r.toProperty().get()));
        Proposal edited = new Proposal(assignments, loads.stream().collect(Collectors.toMap(Load::login,
                Load::after, (a, b) -> a, LinkedHashMap::new)));
        List<Agent> to = proposedTo;
        String why = messages.format("balance.reasonOf", form.reason.get().strip(), form.absent.get().login());
        work.run(() -> team.apply(edited, to, why), moved -> {
            rows.clear();
            updateLoads();
            form.reason.set("");
            work.succeed(messages.format("balance.applied", moved));
            onMoved.run();
        });
    }

    /** The logins a row may go to: the colleagues of the shown proposal. */
    public List<String> choices() {
        return proposedTo.stream().map(Agent::login).toList();
    }

    /** A colleague of the shown proposal as a person reads him: login and office name. */
    public String colleagueText(String login) {
        return proposedTo.stream().filter(a -> a.login().equals(login)).findFirst().map(messages::agent)
                .orElse(login);
    }

    public Form form() {
        return form;
    }

    public Preview preview() {
        return preview;
    }

    /** Busy, done or failed: what the action bar shows. */
    public WorkState work() {
        return work;
    }

    /** Why a proposal cannot be asked yet, "" when it can: what a greyed Propose says. */
    public StringBinding whyNotProposeBinding() {
        return whyNotPropose;
    }

    /** Why there is nothing to apply, "" when there is. */
    public StringBinding whyNotApplyBinding() {
        return whyNotApply;
    }

    public BooleanBinding mayProposeProperty() {
        return mayPropose;
    }

    public BooleanBinding mayApplyProperty() {
        return mayApply;
    }

    /**
     * What the coordinator chooses: whose work to spread, over whom, and why.
     *
     * @param agents whose work may be spread: any agent with open missions
     * @param candidates the agents who may take the work: everyone but the absent one
     * @param colleagues the chosen colleagues: the view keeps it equal to the list's selection
     */
    public record Form(ObservableList<Agent> agents, ObjectProperty<Agent> absent, ObservableList<Agent> candidates,
            ObservableList<Agent> colleagues, StringProperty reason) {

        /** Nobody chosen yet among {@code agents}. */
        static Form over(ObservableList<Agent> agents) {
            ObjectProperty<Agent> absent = new SimpleObjectProperty<>();
            FilteredList<Agent> candidates = new FilteredList<>(agents);
            candidates.predicateProperty().bind(Bindings.createObjectBinding(() -> a -> !a.equals(absent.get()),
                    absent));
            return new Form(agents, absent, candidates, FXCollections.observableArrayList(),
                    new SimpleStringProperty(""));
        }
    }

    /**
     * The proposal as the coordinator edits it, and what it does to the loads.
     *
     * @param rows a row a mission, each with the colleague it goes to
     * @param loads every colleague's load before and after the rows as they stand
     * @param mean the mean load after
     * @param max the largest load after
     * @param fairness both in a sentence
     */
    public record Preview(ObservableList<BalanceRow> rows, ObservableList<Load> loads, ReadOnlyDoubleProperty mean,
            ReadOnlyDoubleProperty max, ReadOnlyStringProperty fairness) {
    }
}
