package be.inasti.missiondesk.ui.newmission;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.SubjectKind;
import be.inasti.missiondesk.store.StoreException;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewMissionViewModelTest {
    @TempDir
    Path folder;

    private DeskFixture desk;
    private final List<Mission> saved = new ArrayList<>();
    private int closed;

    @BeforeEach
    void seed() {
        desk = DeskFixture.mine(folder);
    }

    private NewMissionViewModel form(TaskRunner tasks) {
        return new NewMissionViewModel(desk.services.missions(), desk.services.profile(), tasks,
                new Messages(Locale.FRENCH), "osuser",
                saved::add, () -> closed++);
    }

    private NewMissionViewModel validInformationRequest() {
        NewMissionViewModel form = form(TaskRunner.direct());
        form.form().type().set(MissionType.INFO_REQUEST);
        form.form().objective().set("VOB 4-01");
        form.form().identifier().set(DeskFixture.LUC.formatted());
        form.form().name().set("Luc Renard");
        return form;
    }

    @Test
    void aNamurProfileMakesTheFormNamurAndItsLoginTheAssignee() {
        NewMissionViewModel form = form(TaskRunner.direct());

        assertThat(form.form().office().get()).isEqualTo(Office.NAMUR);
        assertThat(form.form().assignee().get()).isEqualTo("tester");
    }

    @Test
    void withoutAProfileNoOfficeIsChosenForTheUserAndSaveWaitsForOne() {
        desk.services.settings().put("profile.login", "");
        NewMissionViewModel form = validInformationRequest();

        assertThat(form.form().office().get()).isNull();
        assertThat(form.form().assignee().get()).isEqualTo("osuser");
        assertThat(form.checks().office().get()).isEqualTo("Obligatoire");
        assertThat(form.checks().canSave().get()).isFalse();
        form.form().office().set(Office.LIBRAMONT);
        assertThat(form.checks().canSave().get()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "PERSON,  '',              NISS obligatoire",
            "PERSON,  8507300,         NISS : nombre de chiffres incorrect",
            "PERSON,  85.07.30-033.29, NISS : les chiffres de contrôle ne correspondent pas (un chiffre est sans doute mal tapé)",
            "PERSON,  85O73003328,     'NISS : seulement des chiffres, points, tirets et espaces'",
            "COMPANY, 0203.201.341,    BCE : les chiffres de contrôle ne correspondent pas (un chiffre est sans doute mal tapé)"})
    void aWrongIdentifierIsFlaggedAsTypedAndSaveStaysDisabled(SubjectKind kind, String typed, String message) {
        NewMissionViewModel form = validInformationRequest();
        form.form().subjectKind().set(kind);

        form.form().identifier().set(typed);

        assertThat(form.checks().identifier().get()).isEqualTo(message);
        assertThat(form.checks().canSave().get()).isFalse();
        assertThat(form.form().name().get()).isEqualTo("Luc Renard");
    }

    @Test
    void aValidFormCanBeSaved() {
        NewMissionViewModel form = validInformationRequest();

        assertThat(form.checks().identifier().get()).isEmpty();
        assertThat(form.checks().canSave().get()).isTrue();
    }

    @Test
    void theReceivedDateIsRequiredReadableAndNotInTheFuture() {
        NewMissionViewModel form = validInformationRequest();

        form.form().received().set(DeskFixture.TODAY.plusDays(1));
        assertThat(form.checks().received().get()).isEqualTo("La date de réception ne peut pas être dans le futur");
        form.form().received().set(null);
        assertThat(form.checks().received().get()).isEqualTo("Date de réception obligatoire");
        form.form().receivedUnreadable().set(true);
        assertThat(form.checks().received().get()).isEqualTo("Date illisible");
        assertThat(form.checks().canSave().get()).isFalse();

        form.form().receivedUnreadable().set(false);
        form.form().received().set(DeskFixture.TODAY);
        assertThat(form.checks().canSave().get()).isTrue();
    }

    @Test
    void anInformationRequestNeedsItsServiceObjectiveOtherTypesHaveNone() {
        NewMissionViewModel form = validInformationRequest();

        form.form().objective().set(null);
        assertThat(form.checks().objective().get()).isEqualTo("Choisissez l'objectif ou le service demandeur");
        assertThat(form.form().objectives()).contains("VOB 4-01", "PEN 3-01");

        form.form().type().set(MissionType.TITRES_SERVICES);
        assertThat(form.form().objectives()).isEmpty();
        assertThat(form.checks().objective().get()).isEmpty();
        assertThat(form.checks().canSave().get()).isTrue();
    }

    @Test
    void anUnidentifiedSubjectNeedsAName() {
        NewMissionViewModel form = validInformationRequest();
        form.form().subjectKind().set(SubjectKind.UNIDENTIFIED);
        form.form().name().set(" ");

        assertThat(form.checks().identifier().get()).isEmpty();
        assertThat(form.checks().name().get()).isNotEmpty();
        assertThat(form.checks().canSave().get()).isFalse();
    }

    @Test
    void savingOpensTheMissionWithItsClockThenCloses() {
        int before = desk.services.missions().count();
        NewMissionViewModel form = validInformationRequest();
        form.form().notes().set("par e-mail");

        form.save();

        assertThat(desk.services.missions().count()).isEqualTo(before + 1);
        assertThat(saved).singleElement().satisfies(m -> {
            assertThat(m.subject().identifier()).isEqualTo(DeskFixture.LUC.digits());
            assertThat(m.serviceObjective()).isEqualTo("VOB 4-01");
            assertThat(m.assignee()).isEqualTo("tester");
            assertThat(m.notes()).isEqualTo("par e-mail");
            assertThat(m.clocks()).singleElement().satisfies(c -> assertThat(c.objectiveCode()).isEqualTo("VOB 4-01"));
        });
        assertThat(closed).isEqualTo(1);
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsEverythingTyped() {
        TaskRunner failing = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                onFailure.accept(new StoreException(null, "database.diskFull", Path.of("missions.db")));
            }

            @Override
            public void post(Runnable update) {
                update.run();
            }
        };
        NewMissionViewModel form = form(failing);
        form.form().office().set(Office.NAMUR); // the profile could not be read either
        form.form().objective().set("VOB 4-01");
        form.form().identifier().set(DeskFixture.LUC.formatted());
        form.form().name().set("Luc Renard");

        form.save();

        assertThat(form.work().errorProperty().get()).startsWith("La mission n'a pas été enregistrée : ")
                .contains("missions.db", "plein").doesNotContain("full");
        assertThat(form.form().identifier().get()).isEqualTo(DeskFixture.LUC.formatted());
        assertThat(form.form().name().get()).isEqualTo("Luc Renard");
        assertThat(form.checks().canSave().get()).isTrue();
        assertThat(saved).isEmpty();
        assertThat(closed).isZero();
    }
}
