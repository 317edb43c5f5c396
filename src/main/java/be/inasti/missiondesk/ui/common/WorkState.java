package be.inasti.missiondesk.ui.common;

import be.inasti.missiondesk.domain.Progress;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a screen tells about the work it runs: busy while it runs, then what it did, or what went wrong. A view
 * model runs its work through one of these rather than through the {@link TaskRunner} itself, so every screen
 * reports the same way and none repeats the busy/error dance: {@link #run} marks the screen busy, clears the last
 * message and error, and on the FX thread either hands the result on or shows the failure as this screen words it.
 * Busy lasts while any of its work runs, so an answer to an older query that arrives first does not end it.
 */
public final class WorkState {
    private final TaskRunner tasks;
    private final Function<Throwable, String> explain;
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private int running;

    /** @param explain how this screen words a failure of its work */
    public WorkState(TaskRunner tasks, Function<Throwable, String> explain) {
        this.tasks = tasks;
        this.explain = explain;
    }

    /** A failure shows as the message {@code errorKey} with the failure's explanation: "Échec : …". */
    public WorkState(TaskRunner tasks, Messages messages, String errorKey) {
        this(tasks, failure -> messages.format(errorKey, messages.explain(failure)));
    }

    /** For work the user may cancel (see {@link TaskProgress}): a cancelled run shows {@code cancelledKey}. */
    public WorkState(TaskRunner tasks, Messages messages, String errorKey, String cancelledKey) {
        this(tasks, failure -> failure instanceof Progress.CancelledException ? messages.get(cancelledKey)
                : messages.format(errorKey, messages.explain(failure)));
    }

    /**
     * Runs {@code work} off the FX thread, the screen busy meanwhile; {@code then} takes its result on the FX thread
     * and may say what was done ({@link #succeed}).
     */
    public <T> void run(Callable<T> work, Consumer<T> then) {
        run("", work, then, explain);
    }

    /** The same, with {@code note} saying what is going on until the work ends ("Écriture de …"). */
    public <T> void run(String note, Callable<T> work, Consumer<T> then) {
        run(note, work, then, explain);
    }

    /**
     * The same, with {@code failed} saying what a failure shows instead of this screen's usual words; it may also
     * react to the failure (offer a way out, tell a caller).
     */
    public <T> void run(Callable<T> work, Consumer<T> then, Function<Throwable, String> failed) {
        run("", work, then, failed);
    }

    private <T> void run(String note, Callable<T> work, Consumer<T> then, Function<Throwable, String> failed) {
        running++;
        busy.set(true);
        message.set(note);
        error.set("");
        tasks.run(work, result -> {
            ended("");
            then.accept(result);
        }, failure -> ended(failed.apply(failure)));
    }

    private void ended(String why) {
        running--;
        message.set("");
        error.set(why);
        busy.set(running > 0);
    }

    /**
     * Runs work the user did not ask for (a status read, a later page, a setting written) without making the
     * screen busy or clearing what it says; only a failure shows.
     */
    public <T> void runQuietly(Callable<T> work, Consumer<T> then) {
        runQuietly(work, then, explain);
    }

    /** The same, with {@code failed} saying what a failure shows instead of this screen's usual words. */
    public <T> void runQuietly(Callable<T> work, Consumer<T> then, Function<Throwable, String> failed) {
        tasks.run(work, then, failure -> error.set(failed.apply(failure)));
    }

    /** What the work did, said once it has ended ("" for nothing); any earlier error no longer stands. */
    public void succeed(String done) {
        message.set(done);
        error.set("");
    }

    /** A check refused the action before any work started ("the reason is required"); running work goes on. */
    public void fail(String why) {
        message.set("");
        error.set(why);
    }

    /** This screen's words for a failure, for a caller that passes them on. */
    public String explain(Throwable failure) {
        return explain.apply(failure);
    }

    /**
     * Whether an action may start: {@code ready} holds (asked again when one of {@code dependencies} changes) and
     * none of this screen's work runs. What enables the action's button.
     */
    public BooleanBinding idleAnd(BooleanSupplier ready, Observable... dependencies) {
        Observable[] all = Arrays.copyOf(dependencies, dependencies.length + 1);
        all[dependencies.length] = busy;
        return Bindings.createBooleanBinding(() -> !busy.get() && ready.getAsBoolean(), all);
    }

    /**
     * Why an action must wait, in words, "" once it may go: {@code busyText} while work runs, else what
     * {@code reason} says (for a {@link WhyDisabled} button).
     */
    public StringBinding whyNot(String busyText, Supplier<String> reason, Observable... dependencies) {
        Observable[] all = Arrays.copyOf(dependencies, dependencies.length + 1);
        all[dependencies.length] = busy;
        return Bindings.createStringBinding(() -> busy.get() ? busyText : reason.get(), all);
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
