package be.inasti.missiondesk.ui.newmission;

import be.inasti.missiondesk.app.MissionService;
import be.inasti.missiondesk.app.ProfileService;
import be.inasti.missiondesk.domain.identity.Bce;
import be.inasti.missiondesk.domain.identity.IdentifierProblem;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.domain.mission.SubjectKind;
import be.inasti.missiondesk.domain.workflow.NewMission;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.ProfileDefaults;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The new-mission form: every field a property, every check a message that follows what is typed, and a save
 * that stays disabled until all checks pass. A failed save keeps every field as typed.
 */
public final class NewMissionViewModel {
    private final MissionService missions;
    private final Messages messages;
    private final Consumer<Mission> onSaved;
    private final Runnable close;

    private final Form form;
    private final WorkState work;
    private final Checks checks;

    /**
     * @param user who is working: the assignee until the profile, read off the FX thread, says otherwise; with no
     *        profile no office is chosen for the user, who must pick one
     */
    public NewMissionViewModel(MissionService missions, ProfileService profiles, TaskRunner tasks, Messages messages,
            String user, Consumer<Mission> onSaved, Runnable close) {
        this.missions = missions;
        this.messages = messages;
        this.work = new WorkState(tasks, messages, "form.save.error");
        this.onSaved = onSaved;
        this.close = close;
        this.form = Form.blank(user, missions.today());
        checks = Checks.of(work,
                Bindings.createStringBinding(this::checkIdentifier, form.identifier, form.subjectKind),
                Bindings.createStringBinding(this::checkName, form.name, form.subjectKind),
                Bindings.createStringBinding(this::checkReceived, form.received, form.receivedUnreadable),
                Bindings.createStringBinding(this::checkObjective, form.objective, form.objectives),
                Bindings.createStringBinding(
                        () -> form.assignee.get().isBlank() ? messages.get("form.required") : "", form.assignee),
                Bindings.createStringBinding(
                        () -> form.office.get() == null ? messages.get("form.required") : "", form.office));
        form.type.addListener((o, was, now) -> followType());
        followType();
        work.runQuietly(profiles::profile, saved -> saved.ifPresent(p -> ProfileDefaults.apply(p, user, form.office, form.assignee)));
    }

    /** The objectives of the chosen type (information requests only): the catalogue is in memory, no database. */
    private void followType() {
        MissionType type = form.type.get();
        ObservableList<String> offered = form.objectives;
        offered.setAll(type == null ? List.of() : missions.serviceObjectives(type));
        if (!offered.contains(form.objective.get())) {
            form.objective.set(offered.size() == 1 ? offered.getFirst() : null);
        }
    }

    private String checkIdentifier() {
        String typed = form.identifier.get();
        Optional<IdentifierProblem> problem = switch (form.subjectKind.get()) {
            case PERSON -> Niss.problem(typed);
            case COMPANY -> Bce.problem(typed);
            case UNIDENTIFIED -> Optional.empty();
        };
        return problem.map(p -> messages.format("form.identifier." + p.name(),
                messages.of("subjectKind", form.subjectKind.get()))).orElse("");
    }

    private String checkName() {
        return form.subjectKind.get() == SubjectKind.UNIDENTIFIED && form.name.get().isBlank()
                ? messages.get("form.name.required") : "";
    }

    private String checkReceived() {
        LocalDate date = form.received.get();
        if (form.receivedUnreadable.get()) {
            return messages.get("form.received.unreadable");
        }
        if (date == null) {
            return messages.get("form.received.required");
        }
        return date.isAfter(missions.today()) ? messages.get("form.received.future") : "";
    }

    private String checkObjective() {
        return !form.objectives.isEmpty() && form.objective.get() == null ? messages.get("form.objective.required")
                : "";
    }

    /** Opens the mission off the FX thread; on failure the message shows and every field keeps what was typed. */
    public void save() {
        if (!checks.canSave.get()) {
            return;
        }
        NewMission request = form.request();
        work.run(() -> missions.open(request), mission -> {
            onSaved.accept(mission);
            close.run();
        });
    }

    public void cancel() {
        close.run();
    }

    /** The types a mission can be opened with today, as the workflow data lists them. */
    public List<MissionType> typeChoices() {
        return missions.typesToOpen();
    }

    public Form form() {
        return form;
    }

    public Checks checks() {
        return checks;
    }

    /** Saving, or why the save failed: what the form's action bar shows. */
    public WorkState work() {
        return work;
    }

    /**
     * What the user types and chooses, one property a field; the view binds each of its controls to one.
     *
     * @param receivedUnreadable set by the view while the typed date cannot be read yet
     * @param objectives what {@code objective} may be: the chosen type's (none but for information requests)
     */
    public record Form(ObjectProperty<MissionType> type, ObjectProperty<Office> office, StringProperty assignee,
            ObjectProperty<SubjectKind> subjectKind, StringProperty identifier, StringProperty name,
            ObjectProperty<Source> source, ObjectProperty<LocalDate> received, BooleanProperty receivedUnreadable,
            ObjectProperty<String> objective, ObservableList<String> objectives, BooleanProperty highPriority,
            StringProperty notes) {

        /** The form as it opens: an information request about a person, received today, for {@code user}, no office. */
        static Form blank(String user, LocalDate today) {
            return new Form(new SimpleObjectProperty<>(MissionType.INFO_REQUEST),
                    new SimpleObjectProperty<>(), new SimpleStringProperty(user),
                    new SimpleObjectProperty<>(SubjectKind.PERSON), new SimpleStringProperty(""),
                    new SimpleStringProperty(""), new SimpleObjectProperty<>(Source.MANUAL),
                    new SimpleObjectProperty<>(today), new SimpleBooleanProperty(false),
                    new SimpleObjectProperty<>(), FXCollections.observableArrayList(), new SimpleBooleanProperty(false),
                    new SimpleStringProperty(""));
        }

        /** The mission the form asks for, once its checks pass: blank name and notes are left out. */
        NewMission request() {
            String who = name.get().isBlank() ? null : name.get().strip();
            Subject subject = switch (subjectKind.get()) {
                case PERSON -> Subject.person(Niss.parse(identifier.get()), who);
                case COMPANY -> Subject.company(Bce.parse(identifier.get()), who);
                case UNIDENTIFIED -> Subject.unidentified(who);
            };
            return new NewMission(type.get(), office.get(), assignee.get().strip(), subject, source.get(),
                    received.get(), objective.get(), highPriority.get() ? Priority.HIGH : Priority.NORMAL,
                    notes.get().isBlank() ? null : notes.get().strip());
        }
    }

    /**
     * The message of each field's check, beside its field ("" while the field passes), and whether the form may be
     * saved: every check passes and nothing is being saved.
     */
    public record Checks(StringBinding identifier, StringBinding name, StringBinding received,
            StringBinding objective, StringBinding assignee, StringBinding office, BooleanBinding canSave) {

        static Checks of(WorkState work, StringBinding identifier, StringBinding name, StringBinding received,
                StringBinding objective, StringBinding assignee, StringBinding office) {
            List<StringBinding> each = List.of(identifier, name, received, objective, assignee, office);
            return new Checks(identifier, name, received, objective, assignee, office, work.idleAnd(
                    () -> each.stream().allMatch(c -> c.get().isEmpty()), each.toArray(Observable[]::new)));
        }
    }
}
