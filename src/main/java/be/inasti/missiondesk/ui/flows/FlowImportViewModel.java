package be.inasti.missiondesk.ui.flows;

import be.inasti.missiondesk.app.ProfileService;
import be.inasti.missiondesk.app.flows.FlowImportService;
import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.flow.FlowKind;
import be.inasti.missiondesk.domain.flow.FlowPlan;
import be.inasti.missiondesk.domain.flow.FlowReport;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.flow.Verdict;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.workflow.Workflows;
import be.inasti.missiondesk.ui.common.Listing;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.ProfileDefaults;
import be.inasti.missiondesk.ui.common.TaskProgress;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Importing a flow file from the window: the file (chosen or dropped) is previewed line by line before anything is
 * written, then applied with a progress bar and a cancel that rolls everything back. Parsing and writing run
 * through the {@link TaskRunner}, off the FX thread; progress comes back through {@link TaskRunner#post}.
 */
public final class FlowImportViewModel {
    private final FlowImportService flows;
    private final Messages messages;

    private final Form form;
    private final Listing<PreviewRow> preview = new Listing<>();
    private final ObjectProperty<FlowPlan> plan = new SimpleObjectProperty<>();
    private final WorkState work;
    private final TaskProgress progress;
    private final BooleanBinding canApply;
    private final Runnable onApplied;

    /**
     * @param user who is working: the assignee until the profile, read off the FX thread, says otherwise; with no
     *        profile no office is chosen for the user, and a flow that opens missions asks for one
     * @param onApplied run on the FX thread after each import applied: what it created is shown elsewhere at once
     */
    public FlowImportViewModel(FlowImportService flows, ProfileService profiles, TaskRunner tasks, Messages messages,
            String user, Runnable onApplied) {
        this.flows = flows;
        this.onApplied = onApplied;
        this.messages = messages;
        this.work = new WorkState(tasks, messages, "flows.error", "flows.cancelled");
        this.progress = new TaskProgress(tasks);
        this.form = Form.blank(user, flows.today());
        canApply = work.idleAnd(() -> plan.get() != null && plan.get().canApply(), plan);
        work.runQuietly(profiles::profile, saved -> saved.ifPresent(p -> ProfileDefaults.apply(p, user, form.office, form.assignee)));
    }

    /** A chosen or dropped file: its flow is guessed from its header, then it is previewed. */
    public void open(Path chosen) {
        form.file.set(chosen);
        work.run(() -> flows.kindOf(chosen), guessed -> {
            guessed.ifPresent(form.kind::set);
            preview();
        });
    }

    /** Reads and checks the file with the options on screen; nothing is written. */
    public void preview() {
        Path file = form.file.get();
        if (file == null) {
            return;
        }
        ImportOptions options = form.options();
        plan.set(null);
        if (options.kind().opensMissions() && options.office() == null) {
            work.fail(messages.get("flows.chooseOffice"));
            return;
        }
        work.run(() -> flows.preview(file, options), this::show);
    }

    public void apply() {
        FlowPlan planned = plan.get();
        if (!canApply.get()) {
            return;
        }
        progress.restart(0);
        work.run(() -> flows.apply(planned, progress), done -> {
            plan.set(null);
            work.succeed(reportOf(done));
            onApplied.run();
        });
    }

    /** Asks the running import to stop; its transaction is rolled back, so nothing of it is kept. */
    public void cancel() {
        progress.cancel();
    }

    private void show(FlowPlan shown) {
        List<PreviewRow> all = new ArrayList<>();
        shown.lines().forEach(l -> all.add(new PreviewRow(l.line(), messages.get("flows.verdict." + l.verdict()),
                l.subject(), detailOf(l.detail()), false)));
        shown.problems().forEach(p -> all.add(new PreviewRow(p.line(), messages.get("flows.verdict.PROBLEM"),
                p.column() + (p.value().isEmpty() ? "" : " « " + p.value() + " »"), messages.say(p.reason()), true)));
        all.sort(Comparator.comparingInt(PreviewRow::line));
        preview.show(all, summaryOf(shown));
        plan.set(shown);
    }

    /**
     * A line that opens a mission names its type by code (the command line prints it so): the window says the
     * type's label instead.
     */
    private String detailOf(Explanation detail) {
        List<Object> values = detail.arguments();
        if (values.size() == 1 && values.getFirst() instanceof String code
                && Workflows.bundled().hasType(code)) {
            return messages.type(MissionType.of(code));
        }
        return messages.say(detail);
    }

    private String summaryOf(FlowPlan shown) {
        if (shown.alreadyImported()) {
            var earlier = shown.earlier().orElseThrow();
            return messages.format("flows.alreadyImported", earlier.fileName(), earlier.importedBy());
        }
        String counts = messages.format("flows.summary", shown.source().fileName(), shown.changes(),
                shown.count(Verdict.ALREADY_IMPORTED), shown.count(Verdict.NOT_FOR_CNH), shown.problemCount());
        return shown.refusedByStrict() ? counts + " " + messages.get("flows.refused") : counts;
    }

    private String reportOf(FlowReport done) {
        return messages.format("flows.done", done.created(), done.plan().count(Verdict.NOT_FOR_CNH),
                done.plan().problemCount());
    }

    public Form form() {
        return form;
    }

    /** What the preview shows: a row a line of the file, problems included, and what applying it would do. */
    public Listing<PreviewRow> previewed() {
        return preview;
    }

    /** Busy, the report of the import, or what went wrong: what the apply bar shows. */
    public WorkState work() {
        return work;
    }

    /** How far the import has got: what the progress bar shows. */
    public TaskProgress progress() {
        return progress;
    }

    public BooleanBinding canApplyBinding() {
        return canApply;
    }

    public String kindText(FlowKind k) {
        return messages.get("flows.kind." + k.name());
    }

    public String officeText(Office o) {
        return messages.get("office." + o.name());
    }

    /** What to import and how: the file, its flow, and what the missions it opens start with. */
    public record Form(ObjectProperty<Path> file, ObjectProperty<FlowKind> kind, ObjectProperty<LocalDate> received,
            ObjectProperty<Office> office, StringProperty assignee, BooleanProperty strict) {

        /** No file yet, a births flow received today, for {@code user}, no office. */
        static Form blank(String user, LocalDate today) {
            return new Form(new SimpleObjectProperty<>(), new SimpleObjectProperty<>(FlowKind.BIRTHS),
                    new SimpleObjectProperty<>(today), new SimpleObjectProperty<>(),
                    new SimpleStringProperty(user), new SimpleBooleanProperty(false));
        }

        ImportOptions options() {
            return new ImportOptions(kind.get(), received.get(), office.get(), assignee.get(), strict.get());
        }
    }
}
