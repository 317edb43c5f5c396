package be.inasti.missiondesk.ui.detail;

import be.inasti.missiondesk.app.ClockStatus;
import be.inasti.missiondesk.app.MissionService;
import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.app.QueueService;
import be.inasti.missiondesk.domain.catalogue.Tier;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.clock.TierDeadline;
import be.inasti.missiondesk.domain.mission.HistoryEntry;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.workflow.Transition;
import be.inasti.missiondesk.ui.common.ClockTexts;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One mission opened: its facts, every clock with its progress towards each tier, the transitions its workflow
 * allows now (and only those), and its history. Firing a transition asks what it needs through a
 * {@link TransitionPrompt}, stores it off the FX thread, reloads, and tells the queue.
 */
public final class DetailViewModel {
    private record Loaded(QueueItem item, List<Transition> allowed, List<HistoryEntry> history) {
    }

    private final MissionService missions;
    private final QueueService queue;
    private final Messages messages;
    private final ClockTexts clockTexts;
    private final HistoryTexts historyTexts;
    private final TransitionPrompt prompt;
    private final Runnable onChanged;
    private final ReadOnlyObjectWrapper<Mission> mission = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding open = mission.isNotNull();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final WorkState work;
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<ClockRow> clocks = FXCollections.observableArrayList();
    private final ObservableList<TransitionAction> transitions = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final Shown shown = new Shown(mission.getReadOnlyProperty(), title.getReadOnlyProperty(), facts, clocks,
            transitions, history);

    public DetailViewModel(MissionService missions, QueueService queue, TaskRunner tasks, Messages messages,
            ZoneId zone, TransitionPrompt prompt, Runnable onChanged) {
        this.missions = missions;
        this.queue = queue;
        this.messages = messages;
        this.work = new WorkState(tasks, messages, "detail.error");
        this.clockTexts = new ClockTexts(messages);
        this.historyTexts = new HistoryTexts(messages, zone);
        this.prompt = prompt;
        this.onChanged = onChanged;
    }

    /** Reads the mission, what it allows and its history off the FX thread, then shows them. */
    public void load(UUID id) {
        work.run(() -> {
            Mission m = missions.get(id);
            return new Loaded(queue.itemOf(m, missions.today()), missions.allowed(m), missions.history(id));
        }, this::show);
    }

    /** Loads the opened mission again (the day rolled over, or someone changed it). */
    public void reload() {
        if (mission.get() != null) {
            load(mission.get().id());
        }
    }

    private void show(Loaded loaded) {
        Mission m = loaded.item().mission();
        mission.set(m);
        title.set(messages.type(m.type()) + " — " + Objects.requireNonNullElse(m.subject().name(), ""));
        facts.setAll(factsOf(m));
        clocks.setAll(loaded.item().clocks().stream().map(this::rowOf).toList());
        transitions.setAll(loaded.allowed().stream().map(this::actionOf).toList());
        history.setAll(loaded.history().reversed().stream().map(historyTexts::row).toList());
    }

    private List<Fact> factsOf(Mission m) {
        List<Fact> list = new ArrayList<>();
        list.add(new Fact("subject", messages.get("detail.subject"), Objects.requireNonNullElse(m.subject().name(),
                "")));
        list.add(new Fact("identifier", messages.of("subjectKind", m.subject().kind()),
                m.subject().formattedIdentifier()));
        list.add(new Fact("status", messages.get("column.status"), messages.state(m.status())));
        list.add(new Fact("office", messages.get("column.office"), messages.of("office", m.office()) + " · "
                + m.assignee()));
        list.add(new Fact("source", messages.get("detail.source"), messages.of("source", m.source()) + " · "
                + messages.format("detail.received", messages.date(m.receivedOn()))));
        if (m.serviceObjective() != null) {
            list.add(new Fact("objective", messages.get("detail.serviceObjective"), m.serviceObjective()));
        }
        list.add(new Fact("priority", messages.get("detail.priority"), messages.of("priority", m.priority())));
        if (m.outcome() != null) {
            list.add(new Fact("outcome", messages.get("detail.outcome"), messages.outcome(m.outcome())));
        }
        list.add(new Fact("notes", messages.get("detail.notes"), Objects.requireNonNullElse(m.notes(), "")));
        list.add(new Fact("id", messages.get("detail.id"), m.id().toString()));
        return list;
    }

    private ClockRow rowOf(ClockStatus status) {
        DeadlineClock clock = status.clock();
        LocalDate seenOn = clock.isOpen() ? missions.today() : clock.stoppedOn();
        List<ClockRow.Tier> tiers = clock.tiers().stream().map(t -> tierOf(clock, t, seenOn)).toList();
        return new ClockRow(clock.objectiveCode(), status.countdown().state(),
                clockTexts.countdownAndState(status.countdown()), clockTexts.workingDays(status.countdown()), tiers);
    }

    private ClockRow.Tier tierOf(DeadlineClock clock, TierDeadline tier, LocalDate seenOn) {
        long span = ChronoUnit.DAYS.between(clock.startedOn(), tier.dueOn());
        long used = ChronoUnit.DAYS.between(clock.startedOn(), seenOn);
        double progress = span <= 0 ? 1 : Math.clamp((double) used / span, 0, 1);
        return new ClockRow.Tier(messages.format("detail.tier", tier.normPercent(), span,
                messages.date(tier.dueOn())), progress);
    }

    private TransitionAction actionOf(Transition t) {
        return new TransitionAction(t.event(), messages.event(t.event()),
                t.outcome() == null ? null : messages.outcome(t.outcome()), t.needsComment());
    }

    /** Asks what the transition needs; nothing is stored when the caseworker cancels. */
    public void fire(TransitionAction action) {
        Mission m = mission.get();
        if (m == null || !transitions.contains(action)) {
            return;
        }
        var answer = prompt.ask(new TransitionPrompt.Question(action.label(), action.outcome(), m.lastStepOn(),
                missions.today(), action.needsComment()));
        answer.ifPresent(a -> work.run(() -> missions.fire(m.id(), action.event(), a.date(), a.comment()),
                changed -> {
                    load(changed.mission().id());
                    onChanged.run();
                }, failure -> messages.format("detail.fire.error", messages.explain(failure))));
    }

    public void close() {
        mission.set(null);
        facts.clear();
        clocks.clear();
        transitions.clear();
        history.clear();
    }

    public BooleanBinding openProperty() {
        return open;
    }

    /** Busy, or what went wrong: what the header shows. */
    public WorkState work() {
        return work;
    }

    public Shown shown() {
        return shown;
    }

    /**
     * The opened mission as the panel shows it, empty while none is.
     *
     * @param mission the mission itself, null while none is opened
     * @param title its type and subject
     * @param transitions the workflow steps its state allows
     * @param history its events, latest first
     */
    public record Shown(ReadOnlyObjectProperty<Mission> mission, ReadOnlyStringProperty title,
            ObservableList<Fact> facts, ObservableList<ClockRow> clocks, ObservableList<TransitionAction> transitions,
            ObservableList<HistoryRow> history) {
    }
}
