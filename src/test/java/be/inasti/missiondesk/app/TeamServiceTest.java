package be.inasti.missiondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.attainment.Dashboard;
import be.inasti.missiondesk.domain.balance.Proposal;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.ChangeKind;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.workflow.NewMission;
import be.inasti.missiondesk.domain.workflow.Workflows;
import be.inasti.missiondesk.store.Engine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class TeamServiceTest {
    /** The same tests on a SQLite file and on a PostgreSQL database. */
    @Parameter
    Engine engine;

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    Services services;

    @BeforeEach
    void demo() {
        services = TestServices.withDemo(engine, folder, TODAY, 1_500, 11);
    }

    @Test
    void theTeamViewCountsEveryOpenMissionOnce() {
        List<TeamRow> team = services.team().team(Optional.empty());

        int open = team.stream().mapToInt(TeamRow::open).sum();
        assertThat(open).isEqualTo(services.queue().all(QueueCriteria.all()).size());
        assertThat(team).allSatisfy(r -> {
            assertThat(r.overdue() + r.atRisk()).isLessThanOrEqualTo(r.open());
            assertThat(r.dueIn7()).isLessThanOrEqualTo(r.dueIn30());
            assertThat(r.byType().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(r.open());
        });
        assertThat(services.team().team(Optional.of(Office.LIBRAMONT)))
                .allMatch(r -> r.agent().office() == Office.LIBRAMONT).isNotEmpty();
    }

    @Test
    void eachAgentsRowCountsHisMissionsByTheirMostUrgentClockAgentByAgentInOfficeThenLoginOrder() {
        List<TeamRow> team = services.team().team(Optional.empty());

        assertThat(team).extracting(TeamRow::agent).isSortedAccordingTo(Comparator.comparing(Agent::office)
                .thenComparing(Agent::login)).doesNotHaveDuplicates();
        assertThat(team).allSatisfy(r -> assertThat(r).isEqualTo(countedByHand(r.agent())));
        assertThat(team).anyMatch(r -> r.overdue() > 0).anyMatch(r -> r.atRisk() > 0).anyMatch(r -> r.dueIn7() > 0);
    }

    /** An agent's row counted item by item from his queue, by the countdown of each mission's most urgent clock. */
    private TeamRow countedByHand(Agent agent) {
        List<QueueItem> items = services.queue().all(QueueCriteria.of(Optional.of(agent.office()),
                Optional.of(agent.login())));
        Map<MissionType, Integer> byType = new HashMap<>();
        items.forEach(i -> byType.merge(i.mission().type(), 1, Integer::sum));
        return new TeamRow(agent, items.size(), count(items, i -> i.urgency() == ClockState.OVERDUE),
                count(items, i -> i.urgency() == ClockState.AT_RISK), count(items, i -> dueWithin(i, 7)),
                count(items, i -> dueWithin(i, 30)), byType, items.stream().mapToDouble(i -> weightOf(i)).sum());
    }

    /** The weight the workflow data gives the mission's type, read from the data as a maintainer would. */
    private double weightOf(QueueItem item) {
        return Workflows.bundled().of(item.mission().type(), services.missions().today()).weight();
    }

    private static int count(List<QueueItem> items, Predicate<QueueItem> counted) {
        return (int) items.stream().filter(counted).count();
    }

    private static boolean dueWithin(QueueItem item, int days) {
        return item.mostUrgent().map(c -> c.countdown().remainingDays()).filter(d -> d >= 0 && d <= days).isPresent();
    }

    @Test
    void theAtRiskListHoldsTiersDueWithinTheHorizonSoonestFirst() {
        List<AtRiskClock> risks = services.team().atRisk(7, Optional.empty());

        assertThat(risks).isNotEmpty().allSatisfy(r -> assertThat(r.daysLeft()).isBetween(0L, 7L));
        assertThat(risks).isSortedAccordingTo((a, b) -> a.dueOn().compareTo(b.dueOn()));
    }

    @Test
    void theAtRiskListHoldsEveryOpenClockWithATierDueWithinTheHorizonAndNoOther() {
        Mission secondTier = control(TODAY.minusDays(120));  // its 90-day tier past, its 180-day tier due in 60 days
        Mission onTheHorizon = control(TODAY.minusDays(83));  // its 90-day tier due in 7 days

        for (int days : List.of(0, 7, 30, 60, 200)) {
            for (Optional<Office> office : List.of(Optional.<Office>empty(), Optional.of(Office.WAVRE))) {
                assertThat(services.team().atRisk(days, office)).as("%d days, %s", days, office)
                        .containsExactlyInAnyOrderElementsOf(atRiskByHand(days, office));
            }
        }
        assertThat(services.team().atRisk(60, Optional.empty()))
                .anyMatch(r -> r.mission().id().equals(secondTier.id()) && r.tierDays() == 180 && r.daysLeft() == 60);
        assertThat(services.team().atRisk(7, Optional.of(Office.WAVRE)))
                .anyMatch(r -> r.mission().id().equals(onTheHorizon.id()) && r.tierDays() == 90);
    }

    /** An inspection received on {@code day}: its clock falls due in two tiers, 90 and 180 days later. */
    private Mission control(LocalDate day) {
        return services.missions().open(new NewMission(MissionType.of("ECL_CONTROL"), Office.WAVRE, "amartin",
                Subject.person(Niss.parse("85073003328"), "Ana Popescu"), Source.MANUAL, day, "CNH", Priority.NORMAL,
                null));
    }

    /** Every tier of every open clock of every open mission looked at: the first due within the horizon, if any. */
    private List<AtRiskClock> atRiskByHand(int days, Optional<Office> office) {
        LocalDate horizon = TODAY.plusDays(days);
        List<AtRiskClock> risks = new ArrayList<>();
        for (QueueItem item : services.queue().all(QueueCriteria.of(office, Optional.empty()))) {
            for (DeadlineClock c : item.mission().openClocks()) {
                c.tiers().stream().filter(t -> !t.dueOn().isBefore(TODAY) && !t.dueOn().isAfter(horizon)).findFirst()
                        .ifPresent(t -> risks.add(new AtRiskClock(item.mission(), c.objectiveCode(),
                                (int) ChronoUnit.DAYS.between(c.startedOn(), t.dueOn()), t.normPercent(), t.dueOn(),
                                ChronoUnit.DAYS.between(TODAY, t.dueOn()), item.status(c))));
            }
        }
        return risks;
    }

    @Test
    void balancingAnAbsentAgentsQueueMovesItAllAndLeavesAHistoryRowPerMove() {
        Agent absent = new Agent(Office.WAVRE, "amartin");
        List<Agent> colleagues = List.of(new Agent(Office.WAVRE, "jdubois"), new Agent(Office.WAVRE, "slambert"),
                new Agent(Office.NAMUR, "newcomer"));
        int queued = services.queue().all(QueueCriteria.of(Optional.of(Office.WAVRE), Optional.of("amartin"))).size();

        Proposal proposal = services.team().proposeBalance(absent, colleagues);
        int moved = services.team().apply(proposal, colleagues, "long sick leave");

        assertThat(moved).isEqualTo(queued).isPositive();
        assertThat(services.queue().all(QueueCriteria.of(Optional.empty(), Optional.of("amartin")))).isEmpty();
        UUID one = proposal.missionsOf("newcomer").getFirst();
        assertThat(services.missions().get(one).office()).isEqualTo(Office.NAMUR);
        assertThat(services.missions().history(one)).extracting(h -> h.change().kind())
                .contains(ChangeKind.OFFICE, ChangeKind.ASSIGNEE, ChangeKind.NOTE);
    }

    @Test
    void aDeskSiteSeesTheTeamButDoesNotMoveWork() {
        services.sync().init("WAV-02", Office.WAVRE, Role.CASEWORKER);
        UUID any = services.queue().all(QueueCriteria.all()).getFirst().mission().id();

        assertThat(services.team().mayReassign()).isFalse();
        assertThatThrownBy(() -> services.team().reassign(List.of(any), new Agent(Office.WAVRE, "x"), "why"))
                .hasMessageContaining("only coordinator or central sites reassign");
        assertThat(services.team().team(Optional.empty())).isNotEmpty();
    }

    @Test
    void theDashboardListsObjectivesBelowTheirNormFirstWithAMonthlyTrend() {
        Dashboard d = services.attainment().dashboard(LocalDate.of(2026, 1, 1), TODAY, Optional.empty());

        List<Boolean> below = d.rows().stream().map(r -> r.belowNorm()).toList();
        assertThat(below.indexOf(false)).isGreaterThan(0);
        assertThat(below.subList(below.indexOf(false), below.size())).doesNotContain(true);
        assertThat(d.months()).hasSize(11);
        assertThat(d.trend("CNH 4-01", 20)).hasSize(11).anyMatch(p -> p != null);
    }
}
