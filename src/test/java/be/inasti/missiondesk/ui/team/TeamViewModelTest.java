package be.inasti.missiondesk.ui.team;

import static be.inasti.missiondesk.ui.coordination.TeamFixture.A;
import static be.inasti.missiondesk.ui.coordination.TeamFixture.ABSENT;
import static be.inasti.missiondesk.ui.coordination.TeamFixture.B;
import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.domain.mission.ChangeKind;
import be.inasti.missiondesk.domain.mission.HistoryEntry;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.coordination.TeamFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamViewModelTest {
    @TempDir
    Path folder;

    private TeamFixture fixture;
    private TeamViewModel team;
    private ReassignViewModel reassign;
    private int moves;

    @BeforeEach
    void open() {
        fixture = new TeamFixture(folder);
        fixture.open(A, MissionType.TITRES_SERVICES, DeskFixture.TODAY, null);
        Messages messages = new Messages(Locale.FRENCH);
        team = new TeamViewModel(fixture.services.team(), fixture.services.queue(), TaskRunner.direct(), messages);
        reassign = new ReassignViewModel(fixture.services.team(), TaskRunner.direct(), messages, () -> {
            moves++;
            team.refresh();
        });
        team.refresh();
    }

    private TeamLine line(String text) {
        return team.team().lines().stream().filter(l -> team.lineText(l).equals(text)).findFirst().orElseThrow();
    }

    @Test
    void showsEveryAgentThenTheOfficeSubtotalsAndTheTeamTotal() {
        assertThat(team.team().lines()).extracting(team::lineText).containsExactly("absent", "amartin",
                "Sous-total Wavre", "bpeeters", "Sous-total Namur", "Total de l'équipe");
        TeamLine absent = line("absent");
        assertThat(absent).extracting(TeamLine::open, TeamLine::overdue, TeamLine::dueIn30)
                .containsExactly(12, 6, 6);
        assertThat(team.byTypeText(absent)).isEqualTo("Titres-services après accouchement 6 · Demande d'information 6");
        assertThat(line("Sous-total Wavre").open()).isEqualTo(13);
        assertThat(line("Total de l'équipe")).extracting(TeamLine::open, TeamLine::overdue)
                .containsExactly(17, 6);
        assertThat(team.team().agents()).containsExactly(ABSENT, A, B);
        assertThat(team.team().mayReassign().get()).isTrue();
    }

    @Test
    void openingALineListsItsMissionsMostUrgentFirst() {
        team.open(line("absent"));

        assertThat(team.missions().items()).hasSize(12).allMatch(i -> i.mission().assignee().equals("absent"));
        assertThat(team.missions().items().subList(0, 6)).allMatch(QueueItem::urgent);
        assertThat(team.missions().summaryProperty().get()).isEqualTo("Missions ouvertes : absent (12)");

        team.open(line("Sous-total Wavre"));

        assertThat(team.missions().items()).hasSize(13).allMatch(i -> i.mission().office() == Office.WAVRE);
    }

    @Test
    void reassigningRequiresAReason() {
        team.open(line("absent"));
        reassign.form().selected().setAll(team.missions().items().subList(0, 2));
        reassign.form().target().set(B);
        assertThat(reassign.readyProperty().get()).isTrue();

        reassign.reassign();

        assertThat(reassign.work().errorProperty().get())
                .isEqualTo("Indiquez le motif : il est inscrit dans l'historique de chaque mission.");
        assertThat(moves).isZero();
        assertThat(fixture.services.missions().get(team.missions().items().getFirst().mission().id()).assignee())
                .isEqualTo("absent");
    }

    @Test
    void reassigningMovesTheSelectionWritesTheHistoryAndRefreshesTheTeam() {
        team.open(line("absent"));
        List<QueueItem> chosen = List.copyOf(team.missions().items().subList(0, 3));
        reassign.form().selected().setAll(chosen);
        reassign.form().target().set(B);
        reassign.form().reason().set("départ à la retraite");

        reassign.reassign();

        assertThat(reassign.work().messageProperty().get()).isEqualTo("3 mission(s) réattribuée(s) à bpeeters (Namur).");
        assertThat(reassign.form().reason().get()).isEmpty();
        assertThat(moves).isEqualTo(1);
        assertThat(line("absent").open()).isEqualTo(9);
        assertThat(line("bpeeters").open()).isEqualTo(7);
        assertThat(team.missions().items()).as("the opened line is read again").hasSize(9);
        List<HistoryEntry> history = fixture.services.missions().history(chosen.getFirst().mission().id());
        assertThat(history).filteredOn(h -> h.change().kind() == ChangeKind.ASSIGNEE).singleElement()
                .satisfies(h -> {
                    assertThat(h.author()).isEqualTo("tester");
                    assertThat(h.change().oldValue()).isEqualTo("absent");
                    assertThat(h.change().newValue()).isEqualTo("bpeeters");
                });
        assertThat(history).extracting(h -> h.change().newValue()).contains("départ à la retraite");
    }

    @Test
    void aDeskSiteReadsTheTeamButMayNotMoveWork() {
        fixture.services.sync().init("WAV-01", Office.WAVRE, Role.INSPECTOR);

        team.refresh();
        team.open(line("absent"));
        reassign.form().selected().setAll(team.missions().items().getFirst());
        reassign.form().target().set(B);
        reassign.form().reason().set("essai");
        reassign.reassign();

        assertThat(team.team().mayReassign().get()).isFalse();
        assertThat(team.team().lines()).isNotEmpty();
        assertThat(reassign.work().errorProperty().get()).contains("site limité à son bureau");
        assertThat(moves).isZero();
    }
}
