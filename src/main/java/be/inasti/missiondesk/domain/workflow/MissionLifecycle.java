package be.inasti.missiondesk.domain.workflow;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.calendar.DateWindow;
import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.catalogue.CatalogueVersion;
import be.inasti.missiondesk.domain.catalogue.Objective;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.mission.Change;
import be.inasti.missiondesk.domain.mission.ChangeKind;
import be.inasti.missiondesk.domain.mission.Login;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Opens missions and moves them through their workflow, starting and stopping clocks as the workflow says, and
 * tells every change so that none is stored without its history row.
 */
public final class MissionLifecycle {
    private static final Explanation ASSIGNEE = Explanation.of("field.assignee");

    private final Catalogue catalogue;
    private final Workflows workflows;
    private final Supplier<UUID> ids;

    public MissionLifecycle(Catalogue catalogue, Workflows workflows, Supplier<UUID> ids) {
        this.catalogue = catalogue;
        this.workflows = workflows;
        this.ids = ids;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Workflows workflows() {
        return workflows;
    }

    /** The workflow a mission follows: that in force when it was received. */
    public Workflow workflowOf(Mission mission) {
        return workflows.of(mission.type(), mission.receivedOn());
    }

    /**
     * What a new mission of this type must name on a date: the objective an information request counts towards
     * (VOB 4-01, CNH 5-01, …), or the service that requested a control (VOB, CNH, …); nothing for other types.
     */
    public List<String> serviceObjectives(MissionType type, LocalDate on) {
        Workflow workflow = workflows.of(type, on);
        if (!workflow.startsOnReception().contains(Workflow.SERVICE_OBJECTIVE)) {
            return workflow.requestedBy();
        }
        return catalogue.objectivesOfType(type.code(), on).stream().map(Objective::code).toList();
    }

    public Recorded open(NewMission request, LocalDate today) {
        String assignee = Login.check(request.assignee(), ASSIGNEE);
        checkDate(request.receivedOn(), today, Explanation.of("field.receivedOn"));
        String serviceObjective = serviceObjectiveOf(request);
        Workflow workflow = workflows.of(request.type(), request.receivedOn());
        if (!workflow.subject().admits(request.subject().kind())) {
            throw new DomainException(workflow.subject() == SubjectRule.PERSON ? "mission.needsPerson"
                    : "mission.needsCompany", request.type());
        }
        Mission empty = new Mission(ids.get(), request.type(), request.office(), assignee,
                workflow.initialState(), Objects.requireNonNullElse(request.priority(), Priority.NORMAL),
                request.subject(), request.source(), request.receivedOn(), serviceObjective, null, request.notes(),
                false, List.of());
        List<Change> changes = new ArrayList<>();
        changes.add(Change.of(ChangeKind.CREATED, "type", null, request.type()));
        List<DeadlineClock> clocks = new ArrayList<>();
        start(empty, workflow.startsOnReception(), request.receivedOn(), request.receivedOn(), clocks, changes);
        return new Recorded(empty.after(empty.status(), null, false, clocks), changes);
    }

    private String serviceObjectiveOf(NewMission request) {
        List<String> choices = serviceObjectives(request.type(), request.receivedOn());
        if (choices.isEmpty()) {
            if (request.objective() != null) {
                throw new DomainException("mission.objectiveFollowsType", request.type());
            }
            return null;
        }
        if (request.objective() == null || !choices.contains(request.objective())) {
            throw new DomainException(request.objective() == null ? "mission.serviceObjectiveMissing"
                    : "mission.serviceObjectiveUnknown", request.type(), String.join(", ", choices),
                    request.objective());
        }
        return request.objective();
    }

    /** The transitions a mission can take now, in workflow order. */
    public List<Transition> allowed(Mission mission) {
        return workflowOf(mission).allowedFrom(mission.status());
    }

    public Recorded fire(Mission mission, String event, LocalDate on, LocalDate today) {
        return fire(mission, event, on, today, null);
    }

    /**
     * Fires a workflow event on {@code on}, with the caseworker's comment kept in the same history; an event the
     * current state does not allow is refused, naming those it does, and so is a step that needs a reason and has
     * none, or a date before the mission's reception or its last step.
     */
    public Recorded fire(Mission mission, String event, LocalDate on, LocalDate today, String comment) {
        Workflow workflow = workflowOf(mission);
        Transition t = workflow.transition(mission.status(), event).orElseThrow(() -> notAllowed(mission, event));
        checkDate(on, today, Explanation.of("field.eventDate", event));
        if (on.isBefore(mission.receivedOn())) {
            throw new DomainException("mission.eventBeforeReception", event, on, mission.receivedOn());
        }
        if (on.isBefore(mission.lastStepOn())) {
            throw new DomainException("mission.eventBeforeLastStep", event, on, mission.lastStepOn());
        }
        boolean commented = comment != null && !comment.isBlank();
        if (t.needsComment() && !commented) {
            throw new DomainException("mission.commentRequired", event);
        }
        List<Change> changes = new ArrayList<>();
        changes.add(Change.of(ChangeKind.TRANSITION, "event", null, event));
        changes.add(Change.of(ChangeKind.STATUS, "status", mission.status(), t.to()));
        List<DeadlineClock> clocks = new ArrayList<>(mission.clocks());
        close(mission, t.stops(), on, false, clocks, changes);
        close(mission, t.cancels(), on, true, clocks, changes);
        start(mission, t.starts(), on, on, clocks, changes);
        start(mission, t.startsAsOfReception(), mission.receivedOn(), on, clocks, changes);
        var outcome = t.outcome() == null ? mission.outcome() : t.outcome();
        if (!Objects.equals(outcome, mission.outcome())) {
            changes.add(Change.of(ChangeKind.OUTCOME, "outcome", mission.outcome(), outcome));
        }
        if (commented) {
            changes.add(Change.of(ChangeKind.NOTE, "comment", null, comment.strip()));
        }
        return new Recorded(mission.after(t.to(), outcome, workflow.isClosed(t.to()), clocks), changes);
    }

    private DomainException notAllowed(Mission mission, String event) {
        String allowed = allowed(mission).stream().map(Transition::event).collect(Collectors.joining(", "));
        return new DomainException(allowed.isEmpty() ? "mission.eventNotAllowedNone" : "mission.eventNotAllowed", event,
                mission.type(), mission.status(), allowed);
    }

    /** Moves a mission to another agent or office; the reason goes to the history. */
    public Recorded reassign(Mission mission, Office office, String typedAssignee, String reason) {
        String assignee = Login.check(typedAssignee, ASSIGNEE);
        List<Change> changes = new ArrayList<>();
        if (office != mission.office()) {
            changes.add(Change.of(ChangeKind.OFFICE, "office", mission.office(), office));
        }
        if (!assignee.equals(mission.assignee())) {
            changes.add(Change.of(ChangeKind.ASSIGNEE, "assignee", mission.assignee(), assignee));
        }
        if (reason != null && !reason.isBlank() && !changes.isEmpty()) {
            changes.add(Change.of(ChangeKind.NOTE, "reason", null, reason.strip()));
        }
        return new Recorded(mission.reassigned(office, assignee), changes);
    }

    /** Starts clocks counted from {@code from}, under the catalogue in force on {@code on}, the day they start. */
    private void start(Mission mission, List<String> codes, LocalDate from, LocalDate on, List<DeadlineClock> clocks,
            List<Change> changes) {
        CatalogueVersion version = catalogue.versionOn(on);
        for (String code : codes) {
            String objectiveCode = resolve(mission, code);
            Objective objective = catalogue.objective(objectiveCode, on);
            DeadlineClock clock = DeadlineClock.start(ids.get(), objective, version.id(), from);
            clocks.add(clock);
            changes.add(Change.of(ChangeKind.CLOCK_STARTED, objectiveCode, null, clock.dueOn()));
        }
    }

    private static void close(Mission mission, List<String> codes, LocalDate on, boolean cancel,
            List<DeadlineClock> clocks, List<Change> changes) {
        for (String code : codes) {
            String objectiveCode = resolve(mission, code);
            for (int i = 0; i < clocks.size(); i++) {
                DeadlineClock c = clocks.get(i);
                if (c.isOpen() && c.objectiveCode().equals(objectiveCode)) {
                    DeadlineClock closed = cancel ? c.cancel(on) : c.stop(on);
                    clocks.set(i, closed);
                    ChangeKind kind = cancel ? ChangeKind.CLOCK_CANCELLED : ChangeKind.CLOCK_STOPPED;
                    changes.add(Change.of(kind, objectiveCode, null, on));
                }
            }
        }
    }

    private static String resolve(Mission mission, String code) {
        return Workflow.SERVICE_OBJECTIVE.equals(code) ? mission.serviceObjective() : code;
    }

    /** A date given, within the years MissionDesk takes, and not after today. */
    private static void checkDate(LocalDate date, LocalDate today, Explanation what) {
        if (date == null) {
            throw new DomainException("field.required", what);
        }
        DateWindow.check(date, what);
        if (date.isAfter(today)) {
            throw new DomainException("field.inFuture", what, date, today);
        }
    }
}
