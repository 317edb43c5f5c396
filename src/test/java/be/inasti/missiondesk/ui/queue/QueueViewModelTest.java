package be.inasti.missiondesk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.domain.queue.QueueColumn;
import be.inasti.missiondesk.domain.workflow.NewMission;
import be.inasti.missiondesk.ui.common.CountdownBadge;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.MovableClock;
import be.inasti.missiondesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueueViewModelTest {
    @TempDir
    Path folder;

    private final List<UUID> opened = new ArrayList<>();

    private QueueViewModel load(Services services) {
        QueueViewModel model = new QueueViewModel(services.queue(), TaskRunner.direct(), new Messages(Locale.FRENCH),
                "tester", opened::add);
        model.refresh();
        return model;
    }

    private static List<String> names(QueueViewModel model) {
        return model.shown().stream().map(i -> i.mission().subject().name()).toList();
    }

    @Test
    void showsTheUsersMissionsMostUrgentFirstWithTheirCountsAndCountdowns() {
        DeskFixture desk = DeskFixture.seeded(folder, 200);
        QueueViewModel model = load(desk.services);

        assertThat(names(model)).containsExactly("Luc Renard", "Garage Lambert", "Marie Dupont");
        assertThat(model.summaryProperty().get()).isEqualTo("1 en retard · 1 à risque · 1 dans les délais");
        assertThat(model.shown().stream().map(model::countdownText))
                .containsExactly("+4 j de retard · en retard", "J-7 · à risque", "J-7 · dans les délais");
        assertThat(model.workingDaysText(model.shown().getFirst())).contains("-2 jours ouvrables");
    }

    @Test
    void theCountdownsTooltipExplainsAtRiskByTheShareOfTheDeadlineUsed() {
        DeskFixture desk = DeskFixture.seeded(folder, 200);
        QueueViewModel model = load(desk.services);

        // Both due on 30 November, J-7: the control's 90 days started on 1 September (83 used, at risk in the last
        // 18), the titres-services' 20 days on 10 November (13 used, at risk in the last 4). Luc's 30 days: 34 used.
        assertThat(model.shown().stream().map(i -> model.badge(i).orElseThrow()))
                .extracting(CountdownBadge.Reading::state, r -> r.tooltip().substring(r.tooltip().indexOf('\n') + 1))
                .containsExactly(tuple(ClockState.OVERDUE, "113 % du délai écoulé — à risque dès 80 %"),
                        tuple(ClockState.AT_RISK, "92 % du délai écoulé — à risque dès 80 %"),
                        tuple(ClockState.ON_TRACK, "65 % du délai écoulé — à risque dès 80 %"));
        assertThat(model.badge(model.shown().get(1)).orElseThrow().text()).isEqualTo("J-7 · à risque");
        assertThat(model.badge(model.shown().getFirst()).orElseThrow().tooltip())
                .startsWith(model.workingDaysText(model.shown().getFirst()).orElseThrow() + "\n");
    }

    @Test
    void theUrgencyOrderAndTheAtRiskRuleAreExplained() {
        DeskFixture desk = DeskFixture.seeded(folder, 200);

        assertThat(load(desk.services).urgencyTip()).isEqualTo("Urgence : l'échéance la plus proche d'abord. "
                + "À risque : dès 80 % du délai écoulé, ou à 3 jours de l'échéance.");
    }

    @Test
    void theShareOfTheDeadlineUsedIsSaidInEachLanguage() {
        DeskFixture desk = DeskFixture.seeded(folder, 200);

        assertThat(List.of(Locale.of("nl"), Locale.GERMAN, Locale.ENGLISH)).map(locale -> {
            QueueViewModel model = new QueueViewModel(desk.services.queue(), TaskRunner.direct(), new Messages(locale),
                    "tester", opened::add);
            model.refresh();
            String tooltip = model.badge(model.shown().get(1)).orElseThrow().tooltip();
            return tooltip.substring(tooltip.indexOf('\n') + 1);
        }).containsExactly("92 % van de termijn verstreken — in gevaar vanaf 80 %",
                "92 % der Frist verstrichen — gefährdet ab 80 %", "92 % of the deadline used — at risk from 80 %");
    }

    @Test
    void allAgentsScopeShowsEveryOpenMissionAndItsCounts() {
        DeskFixture desk = DeskFixture.seeded(folder, 200);
        QueueViewModel model = load(desk.services);
        String mine = model.summaryProperty().get();

        model.filter().mineOnly().set(false);

        assertThat(model.shown()).hasSizeGreaterThan(3)
                .extracting(i -> i.mission().assignee()).contains("tester").anyMatch(a -> !a.equals("tester"));
        assertThat(model.summaryProperty().get()).as("the counts follow the scope").isNotEqualTo(mine);
    }

    @Test
    void aUserWithNoMissionStartsOnAllMissionsRatherThanAnEmptyTable() {
        Services services = TestServices.open(folder, DeskFixture.TODAY);
        services.demo().generate(50, 1, Progress.NONE);

        QueueViewModel model = load(services);

        assertThat(model.filter().mineOnly().get()).isFalse();
        assertThat(model.shown()).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "85.07.30-033,   Marie Dupont",
            "'85073003',     Marie Dupont",
            "renard,         Luc Renard",
            "0203.201.3,     Garage Lambert",
            "GARAGE,         Garage Lambert"})
    void searchMatchesNameNissAndBceAsTyped(String typed, String expected) {
        QueueViewModel model = load(DeskFixture.mine(folder).services);

        model.filter().search().set(typed);

        assertThat(names(model)).containsExactly(expected);
    }

    @Test
    void searchMatchesTheFirstCharactersOfAMissionId() {
        DeskFixture desk = DeskFixture.mine(folder);
        QueueViewModel model = load(desk.services);

        model.filter().search().set(desk.control.id().toString().substring(0, 8));

        assertThat(names(model)).containsExactly("Garage Lambert");
    }

    @Test
    void quickFiltersNarrowByStateTypeOfficeAndObjectiveAndTheCountsFollow() {
        DeskFixture desk = DeskFixture.seeded(folder, 300);
        QueueViewModel model = load(desk.services);
        model.filter().mineOnly().set(false);

        model.filter().states().add(ClockState.OVERDUE);
        assertThat(model.shown()).isNotEmpty().allMatch(i -> i.urgency() == ClockState.OVERDUE);
        assertThat(model.summaryProperty().get()).endsWith("0 à risque · 0 dans les délais");

        model.filter().types().add(MissionType.INFO_REQUEST);
        model.filter().offices().add(Office.NAMUR);
        model.filter().objectives().add("VOB 4-01");
        assertThat(model.shown()).isNotEmpty().allMatch(i -> i.mission().type().equals(MissionType.INFO_REQUEST)
                && i.mission().office() == Office.NAMUR && "VOB 4-01".equals(i.mission().serviceObjective()));
        assertThat(model.filter().objectiveChoices()).contains("VOB 4-01", "CNH 4-01", "ECL 5-01");
    }

    @Test
    void sortingByAColumnReadsTheQueueInThatOrderAndBackToUrgency() {
        QueueViewModel model = load(DeskFixture.mine(folder).services);

        model.sortBy(List.of(model.sortOf(QueueColumn.SUBJECT, false)));
        assertThat(names(model)).containsExactly("Garage Lambert", "Luc Renard", "Marie Dupont");
        model.sortBy(List.of(model.sortOf(QueueColumn.SUBJECT, true)));
        assertThat(names(model)).containsExactly("Marie Dupont", "Luc Renard", "Garage Lambert");
        model.sortBy(List.of());
        assertThat(names(model)).containsExactly("Luc Renard", "Garage Lambert", "Marie Dupont");
    }

    @Test
    void typesSortByTheirNamesInTheUsersLanguage() {
        QueueViewModel model = load(DeskFixture.mine(folder).services);

        model.sortBy(List.of(model.sortOf(QueueColumn.TYPE, false)));

        // "Demande d'information", "ECL – contrôle et vérification", "Titres-services après accouchement"
        assertThat(names(model)).containsExactly("Luc Renard", "Garage Lambert", "Marie Dupont");
    }

    @Test
    void aLongQueueIsReadPageByPageAndEveryRowComesOnce() {
        DeskFixture desk = DeskFixture.seeded(folder, 900);
        QueueViewModel model = load(desk.services);
        model.filter().mineOnly().set(false);

        List<QueueItem> rows = model.shown();

        assertThat(rows.size()).isGreaterThan(2 * QueueRows.PAGE);
        assertThat(rows.stream().map(i -> i.mission().id()).distinct().count()).isEqualTo(rows.size());
        assertThat(model.summaryProperty().get()).contains(" en retard · ");
        String[] counts = model.summaryProperty().get().replaceAll("[^0-9 ]", "").trim().split(" +");
        assertThat(Arrays.stream(counts).mapToInt(Integer::parseInt).sum()).isEqualTo(rows.size());
    }

    @Test
    void identifiersAreMaskedUnlessTheRowIsOpened() {
        QueueViewModel model = load(DeskFixture.mine(folder).services);
        QueueItem marie = model.shown().getLast();

        assertThat(model.subjectText(marie)).isEqualTo("Marie Dupont  ••.••.••-•••." + DeskFixture.MARIE.digits()
                .substring(9));
        model.open(marie);
        assertThat(model.subjectText(marie)).isEqualTo("Marie Dupont  " + DeskFixture.MARIE.formatted());
        assertThat(opened).containsExactly(marie.mission().id());
        model.closed();
        assertThat(model.subjectText(marie)).contains("••");
    }

    @Test
    void aReadThatFailsSaysWhyToTheWindowAndToWhoeverWaitsForTheRows() {
        DeskFixture desk = DeskFixture.seeded(folder, 200);
        TaskRunner failing = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                onFailure.accept(new IllegalStateException("disk I/O error"));
            }

            @Override
            public void post(Runnable update) {
                update.run();
            }
        };
        QueueViewModel model = new QueueViewModel(desk.services.queue(), failing, new Messages(Locale.FRENCH),
                "tester", opened::add);
        List<String> failures = new ArrayList<>();
        List<String> shown = new ArrayList<>();

        model.refresh(() -> shown.add("shown"), failures::add);

        assertThat(shown).isEmpty();
        assertThat(failures).containsExactly(model.work().errorProperty().get());
        assertThat(model.work().errorProperty().get()).contains("disk I/O error");
        assertThat(model.work().busyProperty().get()).isFalse();
    }

    @Test
    void countdownsFollowTheInjectedClockWhenReloadedOnANewDay() {
        MovableClock clock = new MovableClock(TestServices.clockAt(DeskFixture.TODAY));
        Services services = Services.open(folder.resolve("moving.db"), clock, "tester");
        services.missions().open(new NewMission(MissionType.TITRES_SERVICES, Office.WAVRE, "tester",
                Subject.person(DeskFixture.MARIE, "Marie"), Source.FLOW, DeskFixture.TODAY.minusDays(13), null, null,
                null));
        QueueViewModel model = load(services);
        assertThat(model.countdownText(model.shown().getFirst())).startsWith("J-7");

        clock.advance(Duration.ofDays(1));
        model.refresh();

        assertThat(model.countdownText(model.shown().getFirst())).startsWith("J-6");
    }
}
