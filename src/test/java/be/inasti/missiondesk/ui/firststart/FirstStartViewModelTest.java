package be.inasti.missiondesk.ui.firststart;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
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

    private FirstStartViewModel model(Services services, TaskRunner tasks) {
        FirstStartViewModel model = new FirstStartViewModel(services.missions(), services.demo(), tasks,
                new Messages(Locale.FRENCH), () -> loaded++);
        model.progress().fractionProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
        return model;
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
