package be.inasti.missiondesk.ui.firststart;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.profile.ProfileViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstStartViewModelTest {
    @TempDir
    Path folder;

    private int loaded;
    private final List<Double> progress = new ArrayList<>();

    private final List<Locale> languagesChosen = new ArrayList<>();
    private final List<Profile> profilesSaved = new ArrayList<>();

    /** A Namur caseworker's profile filled in, as the user would before choosing. */
    private FirstStartViewModel model(Services services, TaskRunner tasks) {
        FirstStartViewModel model = unfilled(services, tasks);
        model.profile().fields().office().set(Office.NAMUR);
        return model;
    }

    private FirstStartViewModel unfilled(Services services, TaskRunner tasks) {
        Messages messages = new Messages(Locale.FRENCH);
        ProfileViewModel profile = new ProfileViewModel(services.profile(), tasks, messages, "vrenard",
                profilesSaved::add);
        FirstStartViewModel model = new FirstStartViewModel(new FirstStartViewModel.Uses(services.missions(),
                services.demo(), profile), tasks, messages, Locale.FRENCH, languagesChosen::add, () -> loaded++);
        model.progress().fractionProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
        return model;
    }

    @Test
    void aNewInstallationIsAskedWhoWorksHereAndEitherChoiceSavesItFirst() {
        Services services = TestServices.open(folder, DeskFixture.TODAY);
        FirstStartViewModel model = unfilled(services, TaskRunner.direct());

        model.check();
        assertThat(model.profile().fields().login().get()).isEqualTo("vrenard");
        assertThat(model.canChooseBinding().get()).as("no office chosen yet").isFalse();
        assertThat(model.whyNotChooseBinding().get()).isEqualTo("Choisissez votre bureau et votre rôle.");
        model.profile().fields().office().set(Office.NAMUR);
        assertThat(model.canChooseBinding().get()).isTrue();
        model.startEmpty();

        Profile namur = new Profile("vrenard", Office.NAMUR, Role.CASEWORKER);
        assertThat(services.profile().profile()).contains(namur);
        assertThat(profilesSaved).containsExactly(namur);
        assertThat(model.offeredProperty().get()).isFalse();
    }

    @Test
    void aLoginThatIsNoLoginIsRefusedAndNothingStarts() {
        Services services = TestServices.open(folder, DeskFixture.TODAY);
        FirstStartViewModel model = model(services, TaskRunner.direct());
        model.check();

        model.profile().fields().login().set("=cmd|' /C calc'!A0");
        model.loadDemo();

        assertThat(model.profile().work().errorProperty().get()).contains("=cmd", "n'est pas un identifiant");
        assertThat(services.profile().profile()).isEmpty();
        assertThat(services.missions().count()).isZero();
        assertThat(model.offeredProperty().get()).isTrue();
    }

    @Test
    void choosingALanguageAsksTheWindowForItAtOnce() {
        FirstStartViewModel model = model(TestServices.open(folder, DeskFixture.TODAY), TaskRunner.direct());

        model.languageProperty().set(Locale.of("nl"));

        assertThat(languagesChosen).containsExactly(Locale.of("nl"));
    }

    @Test
    void anEmptyDatabaseOffersDemoDataWhichLoadsWithProgress() {
        Services services = TestServices.open(folder, DeskFixture.TODAY);
        FirstStartViewModel model = model(services, TaskRunner.direct());

        model.check();
        assertThat(model.offeredProperty().get()).isTrue();
        model.loadDemo();

        assertThat(services.missions().count()).isEqualTo(FirstStartViewModel.DEMO_MISSIONS);
        assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
        assertThat(model.offeredProperty().get()).isFalse();
        assertThat(model.work().busyProperty().get()).isFalse();
        assertThat(loaded).isEqualTo(1);
    }

    @Test
    void cancellingTheDemoKeepsTheDatabaseEmptyAndTheOfferOpen() {
        Services services = TestServices.open(folder, DeskFixture.TODAY);
        FirstStartViewModel[] holder = new FirstStartViewModel[1];
        // The user clicks "cancel" as soon as the first progress report shows.
        TaskRunner cancelOnFirstReport = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                TaskRunner.direct().run(work, onSuccess, onFailure);
            }

            @Override
            public void post(Runnable update) {
                update.run();
                holder[0].cancel();
            }
        };
        holder[0] = model(services, cancelOnFirstReport);
        holder[0].check();

        holder[0].loadDemo();

        assertThat(services.missions().count()).isZero();
        assertThat(holder[0].work().errorProperty().get()).isEqualTo("Annulé : rien n'a été enregistré");
        assertThat(holder[0].offeredProperty().get()).isTrue();
        assertThat(holder[0].work().busyProperty().get()).isFalse();
        assertThat(loaded).isZero();
    }

    @Test
    void aDatabaseWithMissionsOffersNothingAndStartingEmptyClosesTheOffer() {
        FirstStartViewModel seeded = model(DeskFixture.mine(folder).services, TaskRunner.direct());
        seeded.check();
        assertThat(seeded.offeredProperty().get()).isFalse();

        FirstStartViewModel empty = model(TestServices.open(folder.resolve("empty"), DeskFixture.TODAY),
                TaskRunner.direct());
        empty.check();
        empty.startEmpty();
        assertThat(empty.offeredProperty().get()).isFalse();
    }
}
