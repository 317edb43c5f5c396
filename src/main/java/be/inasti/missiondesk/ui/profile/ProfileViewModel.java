package be.inasti.missiondesk.ui.profile;

import be.inasti.missiondesk.app.ProfileService;
import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Who works here: read off the FX thread when the dialog opens (the login typed at the start when none is saved),
 * saved as one, then handed to whoever defaults to it.
 */
public final class ProfileViewModel {
    /** The roles a person has; the central office's role is an installation's. */
    public static final List<Role> ROLES = List.of(Role.CASEWORKER, Role.INSPECTOR, Role.COORDINATOR);

    /** The dialog's fields, bound both ways by the view. */
    public record Fields(StringProperty login, ObjectProperty<Office> office, ObjectProperty<Role> role) {
    }

    private final ProfileService profiles;
    private final Messages messages;
    private final String user;
    private final Consumer<Profile> onSaved;
    private final WorkState work;
    private final Fields fields = new Fields(new SimpleStringProperty(""), new SimpleObjectProperty<>(),
            new SimpleObjectProperty<>(Role.CASEWORKER));

    /** @param user who is working: the login offered while no profile is saved */
    public ProfileViewModel(ProfileService profiles, TaskRunner tasks, Messages messages, String user,
            Consumer<Profile> onSaved) {
        this.profiles = profiles;
        this.messages = messages;
        this.user = user;
        this.onSaved = onSaved;
        this.work = new WorkState(tasks, messages, "profile.error");
    }

    public void load() {
        work.runQuietly(profiles::profile, saved -> saved.ifPresentOrElse(this::show, () -> fields.login().set(user)));
    }

    private void show(Profile profile) {
        fields.login().set(profile.login());
        fields.office().set(profile.office());
        fields.role().set(profile.role());
    }

    /** The profile's own checks refuse a login that is no login, in the user's words, before anything is saved. */
    public void save() {
        saveThen(saved -> { });
    }

    /** Saves, then goes on with {@code then} (the first start's choice of demo data or an empty start). */
    public void saveThen(Consumer<Profile> then) {
        Profile profile;
        try {
            profile = new Profile(fields.login().get(), fields.office().get(), fields.role().get());
        } catch (DomainException e) {
            work.fail(messages.explain(e));
            return;
        }
        work.run(() -> {
            profiles.save(profile);
            return profile;
        }, saved -> {
            onSaved.accept(saved);
            then.accept(saved);
        });
    }

    public Fields fields() {
        return fields;
    }

    /** Why the profile cannot be saved yet, in words; empty when it can: what a greyed Save says. */
    public StringBinding whyNotSaveBinding() {
        return Bindings.createStringBinding(() -> {
            if (work.isBusy()) {
                return messages.get("profile.why.busy");
            }
            if (fields.login().get().isBlank()) {
                return messages.get("profile.why.login");
            }
            return fields.office().get() == null || fields.role().get() == null
                    ? messages.get("profile.why.officeRole") : "";
        }, fields.login(), fields.office(), fields.role(), work.busyProperty());
    }

    public BooleanBinding canSaveBinding() {
        return whyNotSaveBinding().isEmpty();
    }

    /** Saving, or why the profile was not saved. */
    public WorkState work() {
        return work;
    }
}
