package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.MISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.domain.queue.AgentCounts;
import be.inasti.missiondesk.domain.queue.QueueColumn;
import be.inasti.missiondesk.domain.queue.QueueCounts;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.domain.queue.QueueSort;
import be.inasti.missiondesk.domain.workflow.NewMission;
import be.inasti.missiondesk.domain.workflow.Workflows;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The queue read in SQL a page at a time gives what the domain says of the whole queue. */
@ParameterizedClass
@EnumSource(Engine.class)
class QueueStoreTest {
    /** The same tests on a SQLite file and on a PostgreSQL database. */
    @Parameter
    Engine engine;

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    Services services;
    QueueStore queue;

    @BeforeEach
    void open() {
        services = TestServices.withDemo(engine, folder, TODAY, 1_000, 11);
        queue = new QueueStore(TestServices.store(services), services.catalogue());
    }

    /** Every mission, closed ones too: what the domain is asked about, whatever the SQL's criteria leave out. */
    private List<Mission> everyMission() {
        return queue.all(new QueueCriteria(Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), "", true), TODAY);
    }

    private List<Mission> openMissions() {
        return everyMission().stream().filter(m -> !m.closed()).toList();
    }

    private List<Mission> all(QueueCriteria criteria, List<QueueSort> order, LocalDate day) {
        List<Mission> read = new ArrayList<>();
        for (int offset = 0; ; offset += 37) {
            List<Mission> page = queue.page(criteria, order, day, offset, 37);
            read.addAll(page);
            if (page.size() < 37) {
                return read;
            }
        }
    }

    private static QueueCriteria inState(ClockState state) {
        return new QueueCriteria(Optional.empty(), Set.of(), Set.of(state), Set.of(), Set.of(), "", false);
    }

    @Test
    void theStatesCountedInSqlAreTheDomainsOnEveryDay() {
        List<Mission> open = openMissions();
        for (LocalDate day = TODAY.minusDays(45); day.isBefore(TODAY.plusDays(60)); day = day.plusDays(4)) {
            LocalDate on = day;
            Map<ClockState, Long> expected = open.stream()
                    .collect(Collectors.groupingBy(m -> m.urgency(on), Collectors.counting()));

            assertThat(queue.first(QueueCriteria.all(), List.of(), on, 1).counts()).as("on %s", on)
                    .isEqualTo(new QueueCounts(expected.getOrDefault(ClockState.OVERDUE, 0L),
                            expected.getOrDefault(ClockState.AT_RISK, 0L),
                            expected.getOrDefault(ClockState.ON_TRACK, 0L)));
            for (ClockState state : ClockState.values()) {  // an open mission is never MET, MISSED or CANCELLED
                assertThat(all(inState(state), List.of(), on)).as("%s on %s", state, on)
                        .extracting(Mission::id).containsExactlyInAnyOrderElementsOf(open.stream()
                                .filter(m -> m.urgency(on) == state).map(Mission::id).toList());
            }
        }
    }

    /**
     * The urgency order in the domain's words: the most urgent open clock's due date (no clock running: last), high
     * priority first among equals, then the oldest received, then the id.
     */
    private static final Comparator<Mission> MOST_URGENT_FIRST = Comparator
            .comparing((Mission m) -> m.mostUrgentClock().map(DeadlineClock::dueOn).orElse(LocalDate.MAX))
            .thenComparing(m -> m.priority() != Priority.HIGH)
            .thenComparing(Mission::receivedOn)
            .thenComparing(m -> m.id().toString());

    @Test
    void pagesReadOneAfterAnotherAreTheWholeQueueInUrgencyOrder() {
        List<Mission> byDomain = openMissions().stream().sorted(MOST_URGENT_FIRST).toList();

        assertThat(all(QueueCriteria.all(), List.of(), TODAY)).extracting(Mission::id)
                .hasSizeGreaterThan(100).containsExactlyElementsOf(byDomain.stream().map(Mission::id).toList());
        assertThat(queue.all(QueueCriteria.all(), TODAY)).extracting(Mission::id)
                .containsExactlyElementsOf(byDomain.stream().map(Mission::id).toList());
    }

    @Test
    void closedMissionsAreReadOnlyWhenAskedFor() {
        assertThat(everyMission()).hasSize(TestServices.store(services).dsl().fetchCount(MISSION)).anyMatch(Mission::closed);
        assertThat(queue.all(QueueCriteria.all(), TODAY)).hasSizeLessThan(everyMission().size())
                .noneMatch(Mission::closed);
    }

    @Test
    void theTeamCountedInSqlIsEachAgentsMissionsCountedByTheDomainOnEveryDay() {
        List<Mission> open = openMissions();
        for (LocalDate day = TODAY.minusDays(45); day.isBefore(TODAY.plusDays(60)); day = day.plusDays(4)) {
            assertThat(queue.team(QueueCriteria.all(), day)).as("on %s", day)
                    .containsExactlyInAnyOrderElementsOf(countedByHand(open, day));
        }
        assertThat(countedByHand(open, TODAY)).anyMatch(c -> c.overdue() > 0).anyMatch(c -> c.atRisk() > 0)
                .anyMatch(c -> c.dueIn7() > 0 && c.dueIn7() < c.dueIn30()).anyMatch(c -> c.byType().size() > 1);
        List<Mission> wavre = open.stream().filter(m -> m.office() == Office.WAVRE).toList();
        assertThat(queue.team(QueueCriteria.of(Optional.of(Office.WAVRE), Optional.empty()), TODAY)).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(countedByHand(wavre, TODAY));
    }

    /** Each agent's missions counted one by one, by the domain's state of their most urgent open clock. */
    private static List<AgentCounts> countedByHand(List<Mission> missions, LocalDate day) {
        Map<List<Object>, List<Mission>> byAgent = missions.stream()
                .collect(Collectors.groupingBy(m -> List.of(m.office(), m.assignee())));
        return byAgent.values().stream().map(mine -> new AgentCounts(mine.getFirst().office(),
                mine.getFirst().assignee(), mine.size(),
                count(mine, m -> m.mostUrgentClock().map(c -> c.state(day) == ClockState.OVERDUE).orElse(false)),
                count(mine, m -> m.mostUrgentClock().map(c -> c.state(day) == ClockState.AT_RISK).orElse(false)),
                count(mine, m -> dueWithin(m, day, 7)), count(mine, m -> dueWithin(m, day, 30)),
                mine.stream().collect(Collectors.groupingBy(Mission::type, Collectors.summingInt(m -> 1))))).toList();
    }

    private static int count(List<Mission> missions, Predicate<Mission> counted) {
        return (int) missions.stream().filter(counted).count();
    }

    private static boolean dueWithin(Mission m, LocalDate day, int days) {
        return m.mostUrgentClock().map(c -> !c.dueOn().isBefore(day) && !c.dueOn().isAfter(day.plusDays(days)))
                .orElse(false);
    }

    @Test
    void aColumnSortOrdersByItThenByUrgency() {
        List<String> names = all(QueueCriteria.all(), List.of(new QueueSort(QueueColumn.SUBJECT, true, List.of())),
                TODAY).stream().map(m -> m.subject().name()).toList();

        assertThat(names).hasSize(openMissions().size())
                .isSortedAccordingTo(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.reversed()));
    }

    @Test
    void codesSortInTheOrderTheirNamesAreShown() {
        List<String> shown = Workflows.bundled().allTypes().stream().map(MissionType::code).sorted(Comparator.reverseOrder())
                .toList();

        List<MissionType> types = all(QueueCriteria.all(), List.of(new QueueSort(QueueColumn.TYPE, false, shown)),
                TODAY).stream().map(Mission::type).toList();

        assertThat(types).isSortedAccordingTo(Comparator.comparing(t -> shown.indexOf(t.code())));
    }

    @Test
    void theMissionRowKeepsItsMostUrgentOpenClockThroughEveryChange() {
        assertUrgencyCopiesMatchTheClocks();
        Mission first = openMissions().getFirst();
        String event = services.missions().allowed(first).getFirst().event();

        services.missions().fire(first.id(), event, TODAY);

        assertUrgencyCopiesMatchTheClocks();
    }

    private void assertUrgencyCopiesMatchTheClocks() {
        Map<UUID, Mission> missions = everyMission().stream()
                .collect(Collectors.toMap(Mission::id, Function.identity()));
        TestServices.store(services).dsl().select(MISSION.ID, MISSION.URGENT_DUE_ON, MISSION.URGENT_STARTED_ON,
                MISSION.URGENT_OBJECTIVE).from(MISSION).forEach(row -> {
                    Optional<DeadlineClock> urgent = missions.get(UUID.fromString(row.value1())).mostUrgentClock();
                    assertThat(row.value2()).isEqualTo(urgent.map(DeadlineClock::dueOn).orElse(null));
                    assertThat(row.value3()).isEqualTo(urgent.map(DeadlineClock::startedOn).orElse(null));
                    assertThat(row.value4()).isEqualTo(urgent.map(DeadlineClock::objectiveCode).orElse(null));
                });
    }

    private List<UUID> searched(String typed) {
        return all(new QueueCriteria(Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), typed, false), List.of(),
                TODAY).stream().map(Mission::id).toList();
    }

    @Test
    void searchIgnoresTheCaseAndAccentsOfTheNameOnBothSides() {
        Mission emile = services.missions().open(new NewMission(MissionType.INFO_REQUEST, Office.WAVRE, "tester",
                Subject.person(Niss.parse("85073003328"), "Émile Zèbre"), Source.MANUAL, TODAY, "VOB 4-01",
                Priority.NORMAL, null));

        for (String typed : List.of("émile", "ÉMILE zè", "emile zebre", "EMILE", "zÉbre", "8507300",
                emile.id().toString().substring(0, 6))) {
            assertThat(searched(typed)).as(typed).contains(emile.id());
        }
        assertThat(searched("emile zebra")).doesNotContain(emile.id());
    }

    @Test
    void theCharactersOfAGlobPatternTypedInASearchStandForThemselves() {
        Mission star = services.missions().open(new NewMission(MissionType.INFO_REQUEST, Office.WAVRE, "tester",
                Subject.unidentified("Studio *Pixel? [Namur]"), Source.MANUAL, TODAY, "VOB 4-01", Priority.NORMAL,
                null));

        assertThat(searched("*pixel? [namur]")).contains(star.id());
        assertThat(searched("s*l")).doesNotContain(star.id());
        assertThat(searched("studio ?pixel")).doesNotContain(star.id());
        assertThat(searched("[N]amur")).doesNotContain(star.id());
    }

    @Test
    void derivedColumnsNeverTravelAndABatchNamingOneIsRefused() {
        var mission = TestServices.store(services).dsl().selectFrom(MISSION).limit(1).fetchSingle();

        assertThat(Columns.toJson(mission)).contains("\"subject_name\"").doesNotContain("urgent_");
        assertThatThrownBy(() -> Columns.fromJson(MISSION, "{\"urgent_due_on\":\"2026-01-01\"}"))
                .hasMessageContaining("unknown column 'urgent_due_on'");
        assertThatThrownBy(() -> OperationApplier.columnOf(MISSION, "urgent_objective"))
                .hasMessageContaining("unknown field 'urgent_objective'");
    }
}
