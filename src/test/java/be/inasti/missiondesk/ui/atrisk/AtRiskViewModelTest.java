package be.inasti.missiondesk.ui.atrisk;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.app.AtRiskClock;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.ui.common.CountdownBadge;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtRiskViewModelTest {
    @TempDir
    Path folder;

    private DeskFixture desk;
    private AtRiskViewModel model;

    @BeforeEach
    void open() {
        desk = DeskFixture.seeded(folder, 300);
        model = new AtRiskViewModel(desk.services.team(), TaskRunner.direct(), new Messages(Locale.FRENCH));
    }

    @Test
    void listsTheTeamsClocksDueWithinTheHorizonSoonestFirstAndFollowsTheSpinner() {
        model.refresh();

        int week = model.clocks().items().size();
        assertThat(model.clocks().items()).isNotEmpty().isSortedAccordingTo(Comparator.comparing(AtRiskClock::dueOn))
                .allMatch(c -> !c.dueOn().isBefore(DeskFixture.TODAY)
                        && !c.dueOn().isAfter(DeskFixture.TODAY.plusDays(7)));
        assertThat(model.clocks().items()).extracting(c -> c.mission().assignee()).contains("tester")
                .as("across the team").anyMatch(a -> !a.equals("tester"));
        assertThat(model.clocks().summaryProperty().get())
                .isEqualTo(week + " délai(s) manqué(s) d'ici 7 jour(s) sans action");

        model.daysProperty().set(30);

        assertThat(model.clocks().items()).hasSizeGreaterThan(week)
                .isSortedAccordingTo(Comparator.comparing(AtRiskClock::dueOn));
        AtRiskClock control = model.clocks().items().stream().filter(c -> c.mission().id().equals(desk.control.id()))
                .findFirst().orElseThrow();
        assertThat(model.tierText(control)).endsWith("%");
    }

    @Test
    void eachClocksStateIsDrawnAsTheQueueDrawsItWithWhyItIsAtRisk() {
        model.refresh();

        assertThat(model.clocks().items()).isNotEmpty().allSatisfy(c -> {
            CountdownBadge.Reading reading = model.stateReading(c);
            assertThat(reading.state()).isEqualTo(c.status().clock().state(DeskFixture.TODAY));
            assertThat(reading.text()).isEqualTo(new Messages(Locale.FRENCH).of("state", reading.state()));
        });
        // The control (ECL 5-01, 90 days from 1 September, due 30 November): 83 days used of 90.
        AtRiskClock control = model.clocks().items().stream().filter(c -> c.mission().id().equals(desk.control.id()))
                .findFirst().orElseThrow();
        assertThat(model.stateReading(control)).extracting(CountdownBadge.Reading::text, CountdownBadge.Reading::state)
                .containsExactly("à risque", ClockState.AT_RISK);
        assertThat(model.stateReading(control).tooltip()).endsWith("\n92 % du délai écoulé — à risque dès 80 %");
    }
}
