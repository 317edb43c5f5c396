package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.mission.Actor;
import be.inasti.missiondesk.domain.mission.HistoryEntry;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.workflow.MissionLifecycle;
import be.inasti.missiondesk.domain.workflow.NewMission;
import be.inasti.missiondesk.domain.workflow.Recorded;
import be.inasti.missiondesk.domain.workflow.Transition;
import be.inasti.missiondesk.domain.workflow.Workflow;
import be.inasti.missiondesk.store.MissionStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Opens missions and fires their workflow events, storing each change with its history. */
public final class MissionService {
    private final MissionLifecycle lifecycle;
    private final MissionStore store;
    private final Clock clock;
    private final Actor actor;

    public MissionService(MissionLifecycle lifecycle, MissionStore store, Clock clock, Actor actor) {
        this.lifecycle = lifecycle;
        this.store = store;
        this.clock = clock;
        this.actor = actor;
    }

    public Mission open(NewMission request) {
        Recorded created = lifecycle.open(request, today());
        store.insert(List.of(created), actor.stamp());
        return created.mission();
    }

    public Recorded fire(UUID id, String event, LocalDate on) {
        return fire(id, event, on, null);
    }

    /**
     * Fires an event with the caseworker's comment, kept in the same history as the change it explains; the mission
     * is read and changed in one transaction. Returns the mission as it is now and what changed.
     */
    public Recorded fire(UUID id, String event, LocalDate on, String comment) {
        LocalDate today = today();
        return change(id, before -> lifecycle.fire(before, event, on, today, comment));
    }

    public Mission reassign(UUID id, Office office, String assignee, String reason) {
        return change(id, before -> lifecycle.reassign(before, office, assignee, reason)).mission();
    }

    private Recorded change(UUID id, Function<Mission, Recorded> change) {
        return store.change(id, change, actor.stamp()).orElseThrow(() -> notFound(id));
    }

    public Mission get(UUID id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    /** Finds a mission by its id or the first characters of it, as people copy them from a list. */
    public Mission find(String idOrPrefix) {
        List<UUID> matches = store.idsStartingWith(idOrPrefix.strip());
        if (matches.size() != 1) {
            throw new DomainException(matches.isEmpty() ? "mission.noIdLike" : "mission.idAmbiguous", idOrPrefix);
        }
        return get(matches.getFirst());
    }

    public List<Transition> allowed(Mission mission) {
        return lifecycle.allowed(mission);
    }

    public List<HistoryEntry> history(UUID id) {
        return store.history(id);
    }

    /** The types a mission can be opened with today, in the workflow data's order. */
    public List<MissionType> typesToOpen() {
        return workflowsToOpen().stream().map(Workflow::type).toList();
    }

    /**
     * A type's workload weight as the workflows in force today give it (an information request weighs 1): open
     * work is weighed by what it still asks today, whatever version the mission started under.
     */
    public double weightOf(MissionType type) {
        return lifecycle.workflows().of(type, today()).weight();
    }

    /** The workflows of the types a mission can be opened with today. */
    public List<Workflow> workflowsToOpen() {
        return lifecycle.workflows().inForce(today());
    }

    /** The objectives a new mission of this type may count towards today (information requests). */
    public List<String> serviceObjectives(MissionType type) {
        return lifecycle.serviceObjectives(type, today());
    }

    public int count() {
        return store.count();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static DomainException notFound(UUID id) {
        return new DomainException("mission.notFound", id);
    }
}
