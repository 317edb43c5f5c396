package be.inasti.missiondesk.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetailViewModelTest {
    @TempDir
    Path folder;

    private DeskFixture desk;
    private final List<TransitionPrompt.Question> asked = new ArrayList<>();
    private Optional<TransitionPrompt.Answer> answer = Optional.empty();
    private int changes;
    private DetailViewModel model;

    @BeforeEach
    void open() {
        desk = DeskFixture.mine(folder);
        model = new DetailViewModel(desk.services.missions(), desk.services.queue(), TaskRunner.direct(),
                new Messages(Locale.FRENCH), desk.services.clock().getZone(), q -> {
                    asked.add(q);
                    return answer;
                }, () -> changes++);
        model.load(desk.maternity.id());
    }

    private String fact(String id) {
        return model.shown().facts().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().value();
    }

    @Test
    void showsTheSubjectInFullItsClocksAndOnlyTheTransitionsAllowedNow() {
        assertThat(model.shown().title().get()).isEqualTo("Titres-services après accouchement — Marie Dupont");
        assertThat(fact("identifier")).isEqualTo(DeskFixture.MARIE.formatted());
        assertThat(fact("notes")).isEqualTo("note of Marie Dupont");
        assertThat(fact("source")).startsWith("Encodage manuel · reçue le 10 nov. 2026");
        ClockRow clock = model.shown().clocks().getFirst();
        assertThat(clock.objective()).isEqualTo("CNH 4-01");
        assertThat(clock.summary()).isEqualTo("J-7 · dans les délais");
        assertThat(clock.tiers()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("95 % en 20 j · échéance 30 nov. 2026");
            assertThat(t.progress()).isCloseTo(13.0 / 20, org.assertj.core.data.Offset.offset(1e-9));
        });
        assertThat(model.shown().transitions()).extracting(TransitionAction::label)
                .containsExactly("Droit accordé", "Droit refusé");
        assertThat(model.shown().history()).extracting(HistoryRow::what).contains("Mission créée : Titres-services après "
                + "accouchement", "Délai CNH 4-01 démarré, échéance 30 nov. 2026");
    }

    @Test
    void firingATransitionAsksItsDateStopsTheClockAndAddsTheHistory() {
        answer = Optional.of(new TransitionPrompt.Answer(LocalDate.of(2026, 11, 20), "mère affiliée"));

        model.fire(model.shown().transitions().getFirst());

        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.title()).isEqualTo("Droit accordé");
            assertThat(q.outcome()).isEqualTo("droit accordé");
            assertThat(q.earliest()).isEqualTo(LocalDate.of(2026, 11, 10));
            assertThat(q.today()).isEqualTo(DeskFixture.TODAY);
        });
        assertThat(model.shown().clocks().getFirst().state()).isEqualTo(ClockState.MET);
        assertThat(model.shown().clocks().getFirst().summary()).isEqualTo("J-10 · respecté");
        assertThat(model.shown().history().stream().limit(5).map(HistoryRow::what)).containsExactly(
                "Commentaire : mère affiliée", "Issue : droit accordé", "Délai CNH 4-01 arrêté le 20 nov. 2026",
                "Statut : Reçue → Droit accordé", "Événement : Droit accordé");
        assertThat(model.shown().history().getFirst().who()).as("no site yet: no site code").isEqualTo("tester");
        assertThat(model.shown().transitions()).extracting(TransitionAction::event, TransitionAction::needsComment)
                .containsExactly(tuple("ordre-livraison", false), tuple("demande-paiement", false),
                        tuple("droit-non-utilise", true));
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void cancellingTheQuestionStoresNothing() {
        int before = desk.services.missions().history(desk.maternity.id()).size();

        model.fire(model.shown().transitions().getFirst());

        assertThat(asked).hasSize(1);
        assertThat(desk.services.missions().history(desk.maternity.id())).hasSize(before);
        assertThat(changes).isZero();
    }

    @Test
    void aRefusedTransitionSaysWhyAndStoresNothing() {
        answer = Optional.of(new TransitionPrompt.Answer(LocalDate.of(2026, 11, 1), ""));

        model.fire(model.shown().transitions().getFirst());

        assertThat(model.work().errorProperty().get()).startsWith("Rien n'a été enregistré : ");
        assertThat(model.shown().clocks().getFirst().state()).isEqualTo(ClockState.ON_TRACK);
        assertThat(changes).isZero();
    }

    @Test
    void closingForgetsTheMission() {
        model.close();

        assertThat(model.openProperty().get()).isFalse();
        assertThat(model.shown().transitions()).isEmpty();
        assertThat(model.shown().history()).isEmpty();
    }
}
