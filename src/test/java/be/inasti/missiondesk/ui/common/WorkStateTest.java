package be.inasti.missiondesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.domain.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** A screen's work reports the same way everywhere: busy while any of it runs, then what it did or what failed. */
class WorkStateTest {
    private static final Messages FRENCH = new Messages(Locale.FRENCH);

    /** Holds every run until the test ends it, as the worker thread would, in any order. */
    private static final class HeldTasks implements TaskRunner {
        private final List<Runnable> successes = new ArrayList<>();
        private final List<Consumer<Throwable>> failures = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            successes.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            failures.add(onFailure);
        }

        @Override
        public void post(Runnable update) {
            update.run();
        }

        void succeed(int run) {
            successes.get(run).run();
        }

        void fail(int run, Throwable failure) {
            failures.get(run).accept(failure);
        }
    }

    private static Integer failing() {
        throw new IllegalStateException("disque plein");
    }

    @Test
    void busyLastsUntilTheLastRunEndsWhateverOrderTheAnswersComeIn() {
        HeldTasks tasks = new HeldTasks();
        WorkState work = new WorkState(tasks, FRENCH, "coordination.error");
        List<Integer> shown = new ArrayList<>();

        work.run(() -> 1, shown::add);
        work.run(() -> 2, shown::add);
        tasks.succeed(0);

        assertThat(shown).containsExactly(1);
        assertThat(work.isBusy()).isTrue();

        tasks.fail(1, new IllegalStateException("disque plein"));

        assertThat(work.isBusy()).isFalse();
        assertThat(work.errorProperty().get()).isEqualTo("Échec : disque plein");
        assertThat(shown).containsExactly(1);
    }

    @Test
    void aRunSaysWhatItDidOrWhatFailedInTheScreensWords() {
        WorkState work = new WorkState(TaskRunner.direct(), FRENCH, "queue.error");

        work.run(() -> 3, moved -> work.succeed(moved + " missions déplacées"));

        assertThat(work.messageProperty().get()).isEqualTo("3 missions déplacées");
        assertThat(work.errorProperty().get()).isEmpty();

        work.run(WorkStateTest::failing, moved -> work.succeed("jamais"));

        assertThat(work.messageProperty().get()).isEmpty();
        assertThat(work.errorProperty().get()).isEqualTo("La file n'a pas pu être chargée : disque plein");
        assertThat(work.isBusy()).isFalse();
    }

    @Test
    void aNewRunShowsItsNoteAndNoLongerTheLastError() {
        HeldTasks tasks = new HeldTasks();
        WorkState work = new WorkState(tasks, FRENCH, "coordination.error");
        work.run(WorkStateTest::failing, n -> { });
        tasks.fail(0, new IllegalStateException("disque plein"));

        work.run("Écriture de rapport.pdf…", () -> 1, n -> { });

        assertThat(work.messageProperty().get()).isEqualTo("Écriture de rapport.pdf…");
        assertThat(work.errorProperty().get()).isEmpty();
        assertThat(work.isBusy()).isTrue();
    }

    @Test
    void wordsGivenForOneRunReplaceTheUsualOnesAndMayReactToTheFailure() {
        WorkState work = new WorkState(TaskRunner.direct(), FRENCH, "detail.error");
        List<Throwable> seen = new ArrayList<>();

        work.run(WorkStateTest::failing, n -> { }, failure -> {
            seen.add(failure);
            return FRENCH.format("detail.fire.error", FRENCH.explain(failure));
        });

        assertThat(work.errorProperty().get()).isEqualTo("Rien n'a été enregistré : disque plein");
        assertThat(seen).singleElement().extracting(Throwable::getMessage).isEqualTo("disque plein");
        assertThat(work.explain(seen.getFirst())).isEqualTo("La mission n'a pas pu être chargée : disque plein");
    }

    @Test
    void aCancelledRunIsSaidAsCancelledNotAsAFailure() {
        WorkState work = new WorkState(TaskRunner.direct(), FRENCH, "flows.error", "flows.cancelled");

        work.run(() -> {
            throw new Progress.CancelledException();
        }, n -> { });

        assertThat(work.errorProperty().get()).isEqualTo("Import annulé : rien n'a été modifié.");

        work.run(WorkStateTest::failing, n -> { });

        assertThat(work.errorProperty().get()).isEqualTo("Import impossible : disque plein");
    }

    @Test
    void aRefusalBeforeTheWorkLeavesRunningWorkBusy() {
        HeldTasks tasks = new HeldTasks();
        WorkState work = new WorkState(tasks, FRENCH, "coordination.error");
        work.run(() -> 1, n -> work.succeed("fait"));

        work.fail("Indiquez le motif.");

        assertThat(work.isBusy()).isTrue();
        assertThat(work.errorProperty().get()).isEqualTo("Indiquez le motif.");

        tasks.succeed(0);

        assertThat(work.isBusy()).isFalse();
        assertThat(work.messageProperty().get()).isEqualTo("fait");
        assertThat(work.errorProperty().get()).isEmpty();
    }

    @Test
    void quietWorkNeverMakesTheScreenBusyAndOnlyAFailureShows() {
        HeldTasks tasks = new HeldTasks();
        WorkState work = new WorkState(tasks, FRENCH, "status.error");
        work.succeed("Lot écrit.");
        List<Integer> read = new ArrayList<>();

        work.runQuietly(() -> 7, read::add);
        work.runQuietly(WorkStateTest::failing, read::add, failure -> "État illisible");

        assertThat(work.isBusy()).isFalse();
        tasks.succeed(0);
        tasks.fail(1, new IllegalStateException("disque plein"));

        assertThat(read).containsExactly(7);
        assertThat(work.messageProperty().get()).isEqualTo("Lot écrit.");
        assertThat(work.errorProperty().get()).isEqualTo("État illisible");
        assertThat(work.isBusy()).isFalse();
    }

    @Test
    void anActionIsEnabledWhileItIsReadyAndNoWorkRuns() {
        HeldTasks tasks = new HeldTasks();
        WorkState work = new WorkState(tasks, FRENCH, "coordination.error");
        BooleanProperty chosen = new SimpleBooleanProperty(false);
        BooleanBinding enabled = work.idleAnd(chosen::get, chosen);

        assertThat(enabled.get()).isFalse();
        chosen.set(true);
        assertThat(enabled.get()).isTrue();
        work.run(() -> 1, n -> { });
        assertThat(enabled.get()).as("not while work runs").isFalse();
        tasks.succeed(0);
        assertThat(enabled.get()).isTrue();
    }
}
