package be.inasti.missiondesk.ui.atrisk;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.app.AtRiskClock;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtRiskViewModelTest {
    @TempDir
    Path folder;

    @Test
    void listsTheTeamsClocksDueWithinTheHorizonSoonestFirstAndFollowsTheSpinner() {
        DeskFixture desk = DeskFixture.seeded(folder, 300);
        AtRiskViewModel model = new AtRiskViewModel(desk.services.team(), TaskRunner.direct(),
                new Messages(Locale.FRENCH));

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
}
