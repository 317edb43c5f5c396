package be.inasti.missiondesk.ui.newmission;

import be.inasti.missiondesk.app.MissionService;
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
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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

    private final ObjectProperty<MissionType> type = new SimpleObjectProperty<>(MissionType.INFO_REQUEST);
    private final ObjectProperty<Office> office = new SimpleObjectProperty<>(Office.WAVRE);
    private final StringProperty assignee = new SimpleStringProperty("");
    private final ObjectProperty<SubjectKind> subjectKind = new SimpleObjectProperty<>(SubjectKind.PERSON);
    private final StringProperty identifier = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.MANUAL);
    private final ObjectProperty<LocalDate> received = new SimpleObjectProperty<>();
    private final BooleanProperty receivedUnreadable = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> objective = new SimpleObjectProperty<>();
    private final ObservableList<String> objectives = FXCollections.observableArrayList();
    private final BooleanProperty highPriority = new SimpleBooleanProperty(false);
    private final StringProperty notes = new SimpleStringProperty("");
    private final WorkState work;

    private final StringBinding identifierError;
    private final StringBinding nameError;
    private final StringBinding receivedError;
    private final StringBinding objectiveError;
    private final StringBinding assigneeError;
    private final BooleanBinding canSave;

    public NewMissionViewModel(MissionService missions, TaskRunner tasks, Messages messages, String user,
            Consumer<Mission> onSaved, Runnable close) {
        this.missions = missions;
        this.messages = messages;
        this.work = new WorkState(tasks, messages, "form.save.error");
        this.onSaved = onSaved;
        this.close = close;
        assignee.set(user);
        received.set(missions.today());
        identifierError = Bindings.createStringBinding(this::checkIdentifier, identifier, subjectKind);
        nameError = Bindings.createStringBinding(this::checkName, name, subjectKind);
        receivedError = Bindings.createStringBinding(this::checkReceived, received, receivedUnreadable);
        objectiveError = Bindings.createStringBinding(this::checkObjective, objective, objectives);
        assigneeError = Bindings.createStringBinding(
                () -> assignee.get().isBlank() ? messages.get("form.required") : "", assignee);
        canSave = Bindings.createBooleanBinding(this::valid, identifierError, nameError, receivedError,
                objectiveError, assigneeError, work.busyProperty());
        type.addListener((o, was, now) -> followType());
        followType();
    }

    /** The objectives of the chosen type (information requests only): the catalogue is in memory, no database. */
    private void followType() {
        objectives.setAll(type.get() == null ? List.of() : missions.serviceObjectives(type.get()));
        if (!objectives.contains(objective.get())) {
            objective.set(objectives.size() == 1 ? objectives.getFirst() : null);
        }
    }

    private String checkIdentifier() {
        String typed = identifier.get();
        Optional<IdentifierProblem> problem = switch (subjectKind.get()) {
            case PERSON -> Niss.problem(typed);
            case COMPANY -> Bce.problem(typed);
            case UNIDENTIFIED -> Optional.empty();
        };
        return problem.map(p -> messages.format("form.identifier." + p.name(),
                messages.of("subjectKind", subjectKind.get()))).orElse("");
    }

    private String checkName() {
        return subjectKind.get() == SubjectKind.UNIDENTIFIED && name.get().isBlank()
                ? messages.get("form.name.required") : "";
    }

    private String checkReceived() {
        LocalDate date = received.get();
        if (receivedUnreadable.get()) {
            return messages.get("form.received.unreadable");
        }
        if (date == null) {
            return messages.get("form.received.required");
        }
        return date.isAfter(missions.today()) ? messages.get("form.received.future") : "";
    }

    private String checkObjective() {
        return !objectives.isEmpty() && objective.get() == null ? messages.get("form.objective.required") : "";
    }

    private boolean valid() {
        return !work.isBusy() && identifierError.get().isEmpty() && nameError.get().isEmpty()
                && receivedError.get().isEmpty() && objectiveError.get().isEmpty() && assigneeError.get().isEmpty();
    }

    /** Opens the mission off the FX thread; on failure the message shows and every field keeps what was typed. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        NewMission request = request();
        work.run(() -> missions.open(request), mission -> {
            onSaved.accept(mission);
            close.run();
        });
    }

    private NewMission request() {
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

    public void cancel() {
        close.run();
    }

    public ObjectProperty<MissionType> typeProperty() {
        return type;
    }

    public ObjectProperty<Office> officeProperty() {
        return office;
    }

    public StringProperty assigneeProperty() {
        return assignee;
    }

    public ObjectProperty<SubjectKind> subjectKindProperty() {
        return subjectKind;
    }

    public StringProperty identifierProperty() {
        return identifier;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObjectProperty<LocalDate> receivedProperty() {
        return received;
    }

    /** Set by the view while the typed date cannot be read yet. */
    public BooleanProperty receivedUnreadableProperty() {
        return receivedUnreadable;
    }

    public ObjectProperty<String> objectiveProperty() {
        return objective;
    }

    public ObservableList<String> objectives() {
        return objectives;
    }

    public BooleanProperty highPriorityProperty() {
        return highPriority;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringBinding identifierErrorProperty() {
        return identifierError;
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public StringBinding receivedErrorProperty() {
        return receivedError;
    }

    public StringBinding objectiveErrorProperty() {
        return objectiveError;
    }

    public StringBinding assigneeErrorProperty() {
        return assigneeError;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Saving, or why the save failed: what the form's action bar shows. */
    public WorkState work() {
        return work;
    }
}
