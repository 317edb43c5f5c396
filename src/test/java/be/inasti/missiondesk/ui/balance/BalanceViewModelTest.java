package be.inasti.missiondesk.ui.balance;

import static be.inasti.missiondesk.ui.coordination.TeamFixture.A;
import static be.inasti.missiondesk.ui.coordination.TeamFixture.ABSENT;
import static be.inasti.missiondesk.ui.coordination.TeamFixture.B;
import static be.inasti.missiondesk.ui.coordination.TeamFixture.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import be.inasti.missiondesk.domain.mission.Change;
import be.inasti.missiondesk.domain.mission.ChangeKind;
import be.inasti.missiondesk.domain.mission.HistoryEntry;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.coordination.TeamFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BalanceViewModelTest {
    @TempDir
    Path folder;

    private TeamFixture team;
    private BalanceViewModel model;
    private int moves;

    @BeforeEach
    void open() {
        team = new TeamFixture(folder);
        model = new BalanceViewModel(team.services.team(), team.services.queue(),
                FXCollections.observableArrayList(ABSENT, A, B, C), TaskRunner.direct(), new Messages(Locale.FRENCH),
                () -> moves++);
        model.form().absent().set(ABSENT);
        model.form().colleagues().setAll(A, B, C);
    }

    private Map<String, Double> loads() {
        return model.preview().loads().stream().collect(Collectors.toMap(Load::login, Load::after));
    }

    @Test
    void offersEveryoneButTheAbsentAgentAsColleagues() {
        assertThat(model.form().candidates()).containsExactly(A, B, C);
        assertThat(model.mayProposeProperty().get()).isTrue();

        model.form().colleagues().setAll(ABSENT, A);

        assertThat(model.mayProposeProperty().get()).as("the absent agent cannot take his own work").isFalse();
    }

    @Test
    void aGreyedProposeOrApplySaysWhatIsMissing() {
        assertThat(model.whyNotApplyBinding().get()).startsWith("Aucun déplacement");
        model.form().colleagues().clear();
        assertThat(model.whyNotProposeBinding().get())
                .isEqualTo("Choisissez au moins un collègue qui reprend le travail.");
        model.form().absent().set(null);
        assertThat(model.whyNotProposeBinding().get()).isEqualTo("Choisissez l'agent absent.");

        model.form().absent().set(ABSENT);
        model.form().colleagues().setAll(A, B, C);
        model.propose();

        assertThat(model.whyNotProposeBinding().get()).isEmpty();
        assertThat(model.whyNotApplyBinding().get()).isEmpty();
        assertThat(model.mayApplyProperty().get()).isTrue();
    }

    @Test
    void spreadsUrgentWorkFirstAndKeepsEveryoneWithinTenPercentOfTheMean() {
        model.propose();

        assertThat(model.preview().rows()).hasSize(12);
        assertThat(model.preview().rows().subList(0, 6)).allMatch(r -> r.item().urgent());
        Map<String, Long> urgentPerColleague = model.preview().rows().stream().filter(r -> r.item().urgent())
                .collect(Collectors.groupingBy(r -> r.toProperty().get(), Collectors.counting()));
        assertThat(urgentPerColleague).as("urgent work goes to every colleague").containsOnlyKeys("amartin",
                "bpeeters", "cdupont");
        assertThat(model.preview().loads()).extracting(Load::login, Load::before)
                .containsExactly(tuple("amartin", 0.0),
                        tuple("bpeeters", 4.0),
                        tuple("cdupont", 0.0));
        // 6 urgent missions weigh 2, 6 calm ones 1, plus bpeeters' 4: 22 over three colleagues.
        assertThat(model.preview().mean().get()).isCloseTo(22 / 3.0, offset(0.01));
        assertThat(model.preview().max().get())
                .isLessThanOrEqualTo(Math.floor(model.preview().mean().get() * 1.1));
        assertThat(model.preview().fairness().get()).isEqualTo("Charge moyenne 7,3 · maximum 8,0");
    }

    @Test
    void editingARowMovesItsWeightBetweenTheTwoLoads() {
        model.propose();
        BalanceRow urgent = model.preview().rows().stream().filter(r -> r.toProperty().get().equals("amartin"))
                .filter(r -> r.item().urgent()).findFirst().orElseThrow();
        Map<String, Double> before = loads();

        urgent.toProperty().set("cdupont");

        assertThat(loads()).containsEntry("amartin", before.get("amartin") - 2)
                .containsEntry("cdupont", before.get("cdupont") + 2)
                .containsEntry("bpeeters", before.get("bpeeters"));
        assertThat(model.preview().max().get()).isEqualTo(before.get("cdupont") + 2);
    }

    @Test
    void applyingMovesTheEditedPreviewAndWritesWhoMovedWhatFromWhomToWhomAndWhy() {
        model.propose();
        BalanceRow edited = model.preview().rows().getFirst();
        edited.toProperty().set("bpeeters");
        Map<UUID, String> expected = model.preview().rows().stream()
                .collect(Collectors.toMap(r -> r.item().mission().id(), r -> r.toProperty().get()));
        model.form().reason().set("congé de maladie");

        model.apply();

        assertThat(model.work().errorProperty().get()).isEmpty();
        assertThat(model.work().messageProperty().get()).isEqualTo("12 mission(s) réattribuée(s).");
        assertThat(moves).isEqualTo(1);
        assertThat(model.preview().rows()).isEmpty();
        assertThat(team.services.queue().all(QueueCriteria.of(Optional.of(ABSENT.office()),
                Optional.of(ABSENT.login())))).isEmpty();
        expected.forEach((id, login) -> {
            Mission moved = team.services.missions().get(id);
            assertThat(moved.assignee()).isEqualTo(login);
            assertThat(moved.office()).isEqualTo(login.equals("bpeeters") ? B.office() : A.office());
        });
        List<HistoryEntry> history = team.services.missions().history(edited.item().mission().id());
        HistoryEntry last = history.getLast();
        assertThat(last.author()).isEqualTo("tester");
        assertThat(history.stream().map(HistoryEntry::change)).contains(
                new Change(ChangeKind.ASSIGNEE, "assignee", "absent", "bpeeters"),
                new Change(ChangeKind.OFFICE, "office", "WAVRE", "NAMUR"),
                new Change(ChangeKind.NOTE, "reason", null, "congé de maladie (absence de absent)"));
    }

    @Test
    void anExcludedMoveCountsForNoOneAndStaysWithTheAbsentAgentWhenTheRestIsApplied() {
        model.propose();
        BalanceRow kept = model.preview().rows().stream().filter(r -> r.item().urgent()).findFirst().orElseThrow();
        String proposedTo = kept.toProperty().get();
        Map<String, Double> before = loads();

        kept.includedProperty().set(false);

        assertThat(loads()).containsEntry(proposedTo, before.get(proposedTo) - 2);
        model.form().reason().set("congé");
        model.apply();
        assertThat(model.work().messageProperty().get()).isEqualTo("11 mission(s) réattribuée(s).");
        assertThat(team.services.missions().get(kept.item().mission().id()).assignee()).isEqualTo("absent");
    }

    @Test
    void nothingToApplyOnceEveryMoveIsExcluded() {
        model.propose();
        assertThat(model.mayApplyProperty().get()).isTrue();

        model.preview().rows().forEach(r -> r.includedProperty().set(false));

        assertThat(model.mayApplyProperty().get()).isFalse();
        assertThat(model.preview().loads()).allMatch(l -> l.after() == l.before());
    }

    @Test
    void theDropDownNamesEachColleagueWithHisOfficeInWords() {
        model.propose();

        assertThat(model.choices()).containsExactly("amartin", "bpeeters", "cdupont");
        assertThat(model.colleagueText("bpeeters")).isEqualTo("bpeeters (Namur)");
        assertThat(model.colleagueText("cdupont")).isEqualTo("cdupont (Wavre)");
    }

    @Test
    void applyingRequiresAReason() {
        model.propose();

        model.apply();

        assertThat(model.work().errorProperty().get()).startsWith("Indiquez le motif");
        assertThat(model.preview().rows()).hasSize(12);
        assertThat(team.urgent).allMatch(m -> team.services.missions().get(m.id()).assignee().equals("absent"));
        assertThat(moves).isZero();
    }

    @Test
    void aDeskSiteSeesTheProposalButCannotApplyIt() {
        team.services.sync().init("WAV-01", ABSENT.office(), Role.CASEWORKER);
        model.propose();
        model.form().reason().set("congé");

        model.apply();

        assertThat(model.work().errorProperty().get()).contains("site limité à son bureau");
        assertThat(team.calm).allMatch(m -> team.services.missions().get(m.id()).assignee().equals("absent"));
    }

    @Test
    void withNoColleagueNothingIsProposed() {
        model.form().colleagues().clear();

        model.propose();

        assertThat(model.preview().rows()).isEmpty();
        assertThat(model.mayApplyProperty().get()).isFalse();
    }
}
