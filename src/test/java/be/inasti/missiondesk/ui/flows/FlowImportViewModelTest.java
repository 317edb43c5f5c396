package be.inasti.missiondesk.ui.flows;

import static be.inasti.missiondesk.flows.Fixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.flow.FlowKind;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.flows.TableCounts;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowImportViewModelTest {
    @TempDir
    Path folder;

    Services services;
    FlowImportViewModel model;

    @BeforeEach
    void open() {
        services = TestServices.open(folder, LocalDate.of(2026, 11, 23));
        services.profile().save(new Profile("vrenard", Office.NAMUR, Role.CASEWORKER));
        model = model();
    }

    private FlowImportViewModel model() {
        return new FlowImportViewModel(services.flows(), services.profile(), TaskRunner.direct(),
                new Messages(Locale.FRENCH), "osuser", () -> { });
    }

    @Test
    void aLineThatOpensAMissionSaysItsTypeInWordsNotItsCode() {
        model.open(flow("requests-2026-11.csv"));

        assertThat(model.previewed().items()).filteredOn(r -> !r.problem()).extracting(PreviewRow::detail)
                .isNotEmpty().containsOnly("Demande d'information");
    }

    @Test
    void theOfficeAndAssigneeAreTheProfilesAndWithoutAProfileAFlowOfMissionsAsksForTheOffice() {
        assertThat(model.form().office().get()).isEqualTo(Office.NAMUR);
        assertThat(model.form().assignee().get()).isEqualTo("vrenard");

        services.settings().put("profile.office", "NOWHERE");
        FlowImportViewModel noProfile = model();
        assertThat(noProfile.form().office().get()).isNull();
        assertThat(noProfile.form().assignee().get()).isEqualTo("osuser");
        noProfile.open(flow("afa-caisses-1252.csv"));

        assertThat(noProfile.work().errorProperty().get()).isEqualTo(
                "Choisissez le bureau auquel vont les missions de ce fichier, puis prévisualisez.");
        assertThat(noProfile.previewed().items()).isEmpty();
        noProfile.form().office().set(Office.LIBRAMONT);
        noProfile.preview();
        assertThat(noProfile.previewed().items()).isNotEmpty();
    }

    @Test
    void aDroppedFileIsRecognisedPreviewedWithoutWritingAndAppliedOnRequest() {
        Map<String, Integer> before = TableCounts.of(TestServices.store(services));

        model.open(flow("afa-caisses-1252.csv"));

        assertThat(model.form().kind().get()).isEqualTo(FlowKind.AFA);
        assertThat(model.previewed().items()).extracting(PreviewRow::line).containsExactly(2, 3, 4, 5, 6, 7, 7);
        assertThat(model.previewed().items().get(1).status()).isEqualTo("même mission");
        assertThat(model.previewed().items().get(4).problem()).isTrue();
        assertThat(model.previewed().summaryProperty().get()).isEqualTo(
                "afa-caisses-1252.csv : 3 à créer · 0 déjà importé(s) · 0 pas pour la CNH · 3 erreur(s)");
        assertThat(model.canApplyBinding().get()).isTrue();
        assertThat(TableCounts.of(TestServices.store(services))).isEqualTo(before);

        model.form().office().set(Office.LIBRAMONT);
        model.apply();

        assertThat(model.work().messageProperty().get()).isEqualTo(
                "Import terminé : 3 créé(s), 0 pas pour la CNH, 3 ligne(s) erronée(s).");
        assertThat(model.progress().fractionProperty().get()).isEqualTo(1.0);
        assertThat(model.canApplyBinding().get()).isFalse();
        assertThat(services.missions().count()).isEqualTo(3);
    }

    @Test
    void anAppliedImportIsReportedAtOnceSoTheWindowsCountsFollowButAPreviewIsNot() {
        List<Integer> missionsWhenReported = new ArrayList<>();
        FlowImportViewModel reporting = new FlowImportViewModel(services.flows(), services.profile(),
                TaskRunner.direct(), new Messages(Locale.FRENCH), "osuser",
                () -> missionsWhenReported.add(services.missions().count()));

        reporting.open(flow("afa-caisses-1252.csv"));
        assertThat(missionsWhenReported).isEmpty();
        reporting.apply();

        assertThat(missionsWhenReported).containsExactly(3);
    }

    @Test
    void strictModeOrAnAlreadyImportedFileCannotBeApplied() {
        model.form().strict().set(true);
        model.open(flow("afa-caisses-1252.csv"));
        assertThat(model.previewed().summaryProperty().get()).endsWith("Mode strict : rien ne sera importé.");
        assertThat(model.canApplyBinding().get()).isFalse();

        model.form().strict().set(false);
        model.preview();
        model.apply();
        model.preview();

        assertThat(model.previewed().summaryProperty().get()).isEqualTo(
                "afa-caisses-1252.csv a déjà été importé par tester : rien à faire.");
        assertThat(model.canApplyBinding().get()).isFalse();
    }

    @Test
    void aFileThatCannotBeReadShowsWhyAndACancelDuringTheImportKeepsNothing() {
        model.open(flow("births-missing-column.csv"));
        assertThat(model.work().errorProperty().get())
                .startsWith("Import impossible : colonne manquante date_naissance");

        FlowImportViewModel[] cancelling = new FlowImportViewModel[1];
        TaskRunner cancelsWhileWorking = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                if (cancelling[0] != null) { // null while it reads the profile, as it is made
                    cancelling[0].cancel();
                }
                TaskRunner.direct().run(work, onSuccess, onFailure);
            }

            @Override
            public void post(Runnable update) {
                update.run();
            }
        };
        cancelling[0] = new FlowImportViewModel(services.flows(), services.profile(), cancelsWhileWorking,
                new Messages(Locale.FRENCH), "vrenard", () -> { });
        cancelling[0].open(flow("afa-caisses-1252.csv"));
        Map<String, Integer> before = TableCounts.of(TestServices.store(services));

        cancelling[0].apply();

        assertThat(cancelling[0].work().errorProperty().get()).isEqualTo("Import annulé : rien n'a été modifié.");
        assertThat(TableCounts.of(TestServices.store(services))).isEqualTo(before);
    }
}
