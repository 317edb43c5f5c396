package be.inasti.missiondesk.ui.firststart;

import be.inasti.missiondesk.app.DemoData;
import be.inasti.missiondesk.app.MissionService;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskProgress;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import be.inasti.missiondesk.ui.profile.ProfileViewModel;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * On an empty database, a new installation is asked once who works here (language first, then login, office and
 * role: the defaults of all new work), then offered demo data or an empty start. Both choices save the profile
 * first. Demo generation runs off the FX thread, reports its progress, and can be cancelled: the store then rolls
 * everything back and the offer stands again.
 */
public final class FirstStartViewModel {
    /** Enough missions for every state and office to show, few enough to generate in seconds. */
    static final int DEMO_MISSIONS = 3_000;
    private static final long DEMO_SEED = 1;

    /** What the first start reads and writes: the missions (are there any?), demo data, the profile's form. */
    public record Uses(MissionService missions, DemoData demo, ProfileViewModel profile) {
    }

    private final Uses uses;
    private final Messages messages;
    private final Runnable onLoaded;
    private final BooleanProperty offered = new SimpleBooleanProperty(false);
    private final ObjectProperty<Locale> language;
    private final WorkState work;
    private final TaskProgress progress;

    /**
     * @param language the window's language, which the card's first choice changes at once (the window is built
     *        again in it through {@code chooseLanguage}), so that the rest is read in the user's language
     */
    public FirstStartViewModel(Uses uses, TaskRunner tasks, Messages messages, Locale language,
            Consumer<Locale> chooseLanguage, Runnable onLoaded) {
        this.uses = uses;
        this.messages = messages;
        this.onLoaded = onLoaded;
        this.language = new SimpleObjectProperty<>(language);
        this.language.addListener((o, was, now) -> chooseLanguage.accept(now));
        this.work = new WorkState(tasks, messages, "firstStart.error", "firstStart.cancelled");
        this.progress = new TaskProgress(tasks);
    }

    /** Counts the missions off the FX thread and makes the offer when there are none, with the profile as saved. */
    public void check() {
        work.runQuietly(uses.missions()::count, count -> {
            offered.set(count == 0);
            if (count == 0) {
                uses.profile().load();
            }
        });
    }

    public void loadDemo() {
        uses.profile().saveThen(saved -> {
            progress.restart(TaskProgress.UNKNOWN);
            work.run(() -> uses.demo().generate(DEMO_MISSIONS, DEMO_SEED, progress), count -> {
                offered.set(false);
                onLoaded.run();
            });
        });
    }

    public void cancel() {
        progress.cancel();
    }

    public void startEmpty() {
        uses.profile().saveThen(saved -> offered.set(false));
    }

    public ReadOnlyBooleanProperty offeredProperty() {
        return offered;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** Both choices save the profile: they wait for one that can be saved, and say so. */
    public StringBinding whyNotChooseBinding() {
        StringBinding profile = uses.profile().whyNotSaveBinding();
        return Bindings.createStringBinding(() -> work.isBusy() ? messages.get("profile.why.busy") : profile.get(),
                profile, work.busyProperty());
    }

    public BooleanBinding canChooseBinding() {
        return whyNotChooseBinding().isEmpty();
    }

    public ProfileViewModel profile() {
        return uses.profile();
    }

    /** Generating, or why the demo data is not there (cancelled, failed): what the card shows. */
    public WorkState work() {
        return work;
    }

    /** How far the demo data has got: what the progress bar shows. */
    public TaskProgress progress() {
        return progress;
    }
}
