package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.balance.Balancer;
import be.inasti.missiondesk.domain.balance.Proposal;
import be.inasti.missiondesk.domain.balance.WorkItem;
import be.inasti.missiondesk.domain.balance.Workload;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.clock.TierDeadline;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.queue.AgentCounts;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What coordinators do with the team's queues: see every agent's load, find the clocks about to miss, and move
 * work between agents and offices (by hand, or as a balanced proposal they can edit before applying).
 */
public final class TeamService {
    private final QueueService queue;
    private final MissionService missions;
    private final Clock clock;
    private final Supplier<Boolean> mayReassign;

    public TeamService(QueueService queue, MissionService missions, Clock clock, Supplier<Boolean> mayReassign) {
        this.queue = queue;
        this.missions = missions;
        this.clock = clock;
        this.mayReassign = mayReassign;
    }

    /** Desk sites (caseworkers, inspectors) see the team but do not move work; coordinators and central do. */
    public boolean mayReassign() {
        return mayReassign.get();
    }

    /** Every agent with open missions, by office then login, counted in SQL rather than mission by mission. */
    public List<TeamRow> team(Optional<Office> office) {
        return queue.agentCounts(QueueCriteria.of(office, Optional.empty())).stream().map(this::row)
                .sorted(Comparator.comparing((TeamRow r) -> r.agent().office()).thenComparing(r -> r.agent().login()))
                .toList();
    }

    private TeamRow row(AgentCounts c) {
        double load = c.byType().entrySet().stream().mapToDouble(e -> e.getValue() * missions.weightOf(e.getKey())).sum();
        return new TeamRow(new Agent(c.office(), c.assignee()), c.open(), c.overdue(), c.atRisk(), c.dueIn7(),
                c.dueIn30(), c.byType(), load);
    }

    /** Open clocks with a tier falling due within {@code days} days (or already past), soonest first. */
    public List<AtRiskClock> atRisk(int days, Optional<Office> office) {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(days);
        List<AtRiskClock> risks = new ArrayList<>();
        for (QueueItem item : queue.withOpenClockDueBy(QueueCriteria.of(office, Optional.empty()), horizon)) {
            for (DeadlineClock c : item.mission().openClocks()) {
                c.tiers().stream().filter(t -> !t.dueOn().isAfter(horizon) && !t.dueOn().isBefore(today))
                        .findFirst()
                        .ifPresent(t -> risks.add(risk(item, c, t, today)));
            }
        }
        risks.sort(Comparator.comparing(AtRiskClock::dueOn).thenComparing(r -> r.mission().id()));
        return risks;
    }

    private static AtRiskClock risk(QueueItem item, DeadlineClock c, TierDeadline t, LocalDate today) {
        return new AtRiskClock(item.mission(), c.objectiveCode(),
                (int) ChronoUnit.DAYS.between(c.startedOn(), t.dueOn()), t.normPercent(), t.dueOn(),
                ChronoUnit.DAYS.between(today, t.dueOn()), item.status(c));
    }

    /** A proposal spreading an agent's open missions over colleagues; nothing changes until it is applied. */
    public Proposal proposeBalance(Agent absent, List<Agent> colleagues) {
        List<TeamRow> team = team(Optional.empty());
        List<Workload> loads = colleagues.stream().map(a -> Workload.of(a.login(), workOf(a))).toList();
        return new Balancer().propose(workOf(absent), loads);
    }

    /** An agent's open missions as work items, each weighed by its type. */
    private List<WorkItem> workOf(Agent agent) {
        return queue.all(QueueCriteria.of(Optional.of(agent.office()), Optional.of(agent.login()))).stream()
                .map(this::workItem).toList();
    }

    /** What a mission weighs in a load: its type's weight, double when urgent (the balancer's own rule). */
    public WorkItem workItem(QueueItem i) {
        return new WorkItem(i.mission().id(), i.mission().mostUrgentClock().map(DeadlineClock::dueOn).orElse(null),
                i.urgent(), missions.weightOf(i.mission().type()));
    }

    /** Moves missions to an agent (and office); each move is a history row with the reason. */
    public int reassign(List<UUID> ids, Agent to, String reason) {
        if (!mayReassign()) {
            throw new DomainException("team.deskSiteCannotReassign");
        }
        ids.forEach(id -> missions.reassign(id, to.office(), to.login(), reason));
        return ids.size();
    }

    /** Applies a proposal, edited or not: each colleague's missions go to him, at his office. */
    public int apply(Proposal proposal, List<Agent> colleagues, String reason) {
        int moved = 0;
        for (Agent a : colleagues) {
            moved += reassign(proposal.missionsOf(a.login()), a, reason);
        }
        return moved;
    }
}
