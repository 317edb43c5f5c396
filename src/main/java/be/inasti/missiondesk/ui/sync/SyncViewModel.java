package be.inasti.missiondesk.ui.sync;

import be.inasti.missiondesk.app.LastFolder;
import be.inasti.missiondesk.app.MissionService;
import be.inasti.missiondesk.app.ProfileService;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.files.InputKind;
import be.inasti.missiondesk.app.sync.ReadBatch;
import be.inasti.missiondesk.app.sync.SyncService;
import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.profile.Profile;
import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.domain.sync.Conflict;
import be.inasti.missiondesk.domain.sync.Partner;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.sync.Site;
import be.inasti.missiondesk.ui.common.FileKind;
import be.inasti.missiondesk.ui.common.FilePicker;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The synchronisation screen: setting this installation up as a site, its identity file and its partners', the local
 * changes not yet held elsewhere, export and import of batch files with a readable report, and the open conflicts to
 * confirm or flip. Every service call runs through the {@link TaskRunner}; {@code onSynced} lets the window refresh
 * what an exchange changed. Every action has a "why not" text: empty when it may run, else what greys its button.
 */
public final class SyncViewModel {
    private final SyncService sync;
    private final MissionService missions;
    private final ProfileService profile;
    private final LastFolder lastFolder;
    private final Messages messages;
    private final SyncTexts texts;
    private final FilePicker files;
    private final Clock clock;
    private final Runnable onSynced;

    private final ObjectProperty<SyncSummary> summary = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper site = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper("");
    private final ObservableList<PartnerRow> partners = FXCollections.observableArrayList();
    private final ObservableList<String> destinations = FXCollections.observableArrayList();
    private final ExportOptions exportOptions = new ExportOptions(FXCollections.unmodifiableObservableList(
            destinations), new SimpleStringProperty(), new SimpleBooleanProperty(false));
    private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList();
    private final Status status = new Status(site.getReadOnlyProperty(), pending.getReadOnlyProperty(), partners,
            conflicts);
    private final SiteForm form = new SiteForm();
    /** The conflict the table has selected: what confirm and flip act on. */
    private final ObjectProperty<ConflictRow> selectedConflict = new SimpleObjectProperty<>();
    /** Where the file dialogs start, as read by {@link #refresh}. */
    private Optional<Path> folder = Optional.empty();
    /**
     * A batch refused for operations beyond its source's rights, which the user may still apply in part: as read
     * and checked, so applying the rest does not read the file again.
     */
    private final ObjectProperty<ReadBatch> partialOffer = new SimpleObjectProperty<>();
    private final BooleanBinding isSite = Bindings.createBooleanBinding(
            () -> summary.get() != null && summary.get().self().isPresent(), summary);
    /** Known not to be a site yet (not merely not read yet): the set-up form shows. */
    private final BooleanBinding needsSetUp = Bindings.createBooleanBinding(
            () -> summary.get() != null && summary.get().self().isEmpty(), summary);
    private final WorkState work;
    private final WhyNot whyNot;

    public SyncViewModel(Uses uses, TaskRunner tasks, Messages messages, SyncTexts texts, FilePicker files,
            Runnable onSynced) {
        this.sync = uses.sync();
        this.missions = uses.missions();
        this.profile = uses.profile();
        this.lastFolder = uses.lastFolder();
        this.clock = uses.clock();
        this.messages = messages;
        this.texts = texts;
        this.files = files;
        this.onSynced = onSynced;
        this.work = new WorkState(tasks, texts::failure);
        whyNot = new WhyNot(whyNot(() -> !needsSetUp.get() ? "sync.why.alreadySite"
                : form.id().get().isBlank() ? "sync.why.typeId"
                : form.office().get() == null || form.role().get() == null ? "sync.why.chooseOfficeRole" : null,
                needsSetUp, form.id(), form.office(), form.role()),
                whyNot(this::notASite, summary),
                whyNot(() -> Optional.ofNullable(notASite()).orElse(exportOptions.destination.get() == null
                        ? "sync.why.noPartner" : null), summary, exportOptions.destination),
                whyNot(() -> selectedConflict.get() == null ? "sync.why.noConflict" : null, selectedConflict));
    }

    /**
     * Why each action may not run now, in the user's words ("" when it may): what greys its button and its tooltip
     * says.
     *
     * @param asSite import, saving the identity and registering a partner: each needs this to be a site
     * @param resolve confirm and flip
     */
    public record WhyNot(StringBinding setUp, StringBinding asSite, StringBinding export, StringBinding resolve) {
    }

    /** What the screen calls: the services, the profile its set-up form starts from, the folder files go to. */
    public record Uses(SyncService sync, MissionService missions, ProfileService profile, LastFolder lastFolder,
            Clock clock) {
        public static Uses of(Services services) {
            return new Uses(services.sync(), services.missions(), services.profile(),
                    new LastFolder(services.settings()), services.clock());
        }
    }

    private String notASite() {
        return summary.get() == null ? "sync.why.reading" : isSite.get() ? null : "sync.why.notSite";
    }

    /** The reason an action may not run now (its key, or null when it may), busy first: "" when it may run. */
    private StringBinding whyNot(Supplier<String> reasonKey, Observable... dependencies) {
        Observable[] all = Arrays.copyOf(dependencies, dependencies.length + 1);
        all[dependencies.length] = work.busyProperty();
        return Bindings.createStringBinding(() -> {
            String key = work.isBusy() ? "sync.why.busy" : reasonKey.get();
            return key == null ? "" : messages.get(key);
        }, all);
    }

    private record Snapshot(SyncSummary summary, List<ConflictRow> conflicts, Optional<Profile> profile,
            Optional<Path> folder) {
    }

    /**
     * Reads the site, partners, pending changes and open conflicts off the FX thread, with the profile the set-up
     * form is proposed from and the folder the file dialogs start in.
     */
    public void refresh() {
        work.runQuietly(() -> new Snapshot(SyncSummary.read(sync), sync.conflicts(true).stream().map(this::row)
                .toList(), profile.profile(), lastFolder.get()), this::show);
    }

    private void show(Snapshot snapshot) {
        SyncSummary s = snapshot.summary();
        folder = snapshot.folder();
        if (s.self().isEmpty()) {
            form.propose(snapshot.profile());
        }
        summary.set(s);
        site.set(s.self().isPresent() && s.partners().isEmpty() ? texts.site(s.self()) + "\n"
                + messages.get("sync.noPartner") : texts.site(s.self()));
        pending.set(messages.format("sync.pending", s.pending()));
        partners.setAll(s.partners().stream().map(texts::partner).toList());
        List<String> ids = s.partners().stream().map(p -> p.site().id()).toList();
        String chosen = exportOptions.destination.get();
        destinations.setAll(ids);
        exportOptions.destination.set(ids.contains(chosen) ? chosen : defaultDestination(s.partners()));
        conflicts.setAll(snapshot.conflicts());
    }

    /** A desk exports to the central office; a site with several partners starts on the first one. */
    private static String defaultDestination(List<Partner> partners) {
        return partners.stream().filter(p -> Role.parse(p.site().role()) == Role.CENTRAL).findFirst()
                .or(() -> partners.stream().findFirst()).map(p -> p.site().id()).orElse(null);
    }

    private ConflictRow row(Conflict c) {
        return texts.conflict(c, missionName(c.missionId()));
    }

    /** The subject's name says more than an id; a mission not held here (it should be) keeps its short id. */
    private String missionName(String missionId) {
        try {
            return missions.get(UUID.fromString(missionId)).subject().name();
        } catch (DomainException | IllegalArgumentException e) {
            return missionId.substring(0, Math.min(8, missionId.length()));
        }
    }

    /**
     * Asks where to write the batch for the chosen destination, then writes it; the save dialog asked before replacing
     * an existing file, so it is forced.
     */
    public void export() {
        String to = exportOptions.destination.get();
        if (!whyNot.export().get().isEmpty()) {
            return;
        }
        files.save(FileKind.BATCH, defaultName(to), folder).ifPresent(file -> run(remembering(file, () -> sync
                .export(file, Optional.of(to), exportOptions.resend.get(), true)), r -> work.succeed(texts.exported(
                r)), f -> { }));
    }

    /** The work, then the folder of its file remembered: the next dialog starts there (the same USB stick). */
    private <T> Callable<T> remembering(Path file, Callable<T> call) {
        return () -> {
            T result = call.call();
            lastFolder.remember(file);
            return result;
        };
    }

    /**
     * Sets this installation up as the site the form describes; the service refuses what the command line refuses
     * (an id it cannot carry, an installation already a site), in the same words.
     */
    public void setUp() {
        if (whyNot.setUp().get().isEmpty()) {
            String id = form.id().get().strip();
            run(() -> sync.init(id, form.office().get(), form.role().get()), s -> work.succeed(texts.setUp(s)),
                    f -> { });
        }
    }

    /** Writes this site's identity where the user says, for the central office (or a partner) to register. */
    public void saveIdentity() {
        Optional<String> self = Optional.ofNullable(summary.get()).flatMap(SyncSummary::self).map(Site::id);
        if (whyNot.asSite().get().isEmpty() && self.isPresent()) {
            files.save(FileKind.IDENTITY, "MissionDesk-" + self.get() + FileKind.IDENTITY.extension(), folder)
                    .ifPresent(file -> run(remembering(file, () -> {
                        // The save dialog asked before replacing an existing file.
                        sync.exportIdentity(file, true);
                        return file;
                    }), saved -> work.succeed(texts.identitySaved(saved)), f -> { }));
        }
    }

    /** Registers the site whose identity file the user picks: the central office's, or another partner's. */
    public void registerChosen() {
        if (whyNot.asSite().get().isEmpty()) {
            files.open(FileKind.IDENTITY, folder).ifPresent(this::registerFile);
        }
    }

    /** Registers a chosen or dropped identity file, checked as the command line checks it before reading it. */
    public void registerFile(Path file) {
        run(remembering(file, () -> sync.register(InputKind.IDENTITY.checked(file))),
                s -> work.succeed(texts.registered(s)), f -> { });
    }

    /**
     * Files dropped on the screen: a batch is imported, an identity registered; anything else is refused, saying
     * which files are taken. Only the first file counts: one exchange at a time.
     */
    public boolean dropped(List<Path> dropped) {
        Optional<Path> file = dropped.stream().findFirst();
        FileKind kind = file.flatMap(FileKind::of).orElse(null);
        if (kind == FileKind.BATCH) {
            importFile(file.get());
        } else if (kind == FileKind.IDENTITY) {
            registerFile(file.get());
        } else {
            work.fail(messages.format("sync.dropRefused", file.map(Path::getFileName).map(Path::toString)
                    .orElse("")));
            return false;
        }
        return true;
    }

    /** {@code MissionDesk-NAM-07-to-CENTRAL-2026-11-23.mdbatch}: who, for whom, when, in the name itself. */
    String defaultName(String to) {
        String self = summary.get().self().map(Site::id).orElseThrow();
        return "MissionDesk-" + self + "-to-" + to + "-" + LocalDate.ofInstant(clock.instant(), clock.getZone())
                + FileKind.BATCH.extension();
    }

    /** Not gated on {@link WhyNot#asSite()}: the main menu calls it before the screen has read its state. */
    public void importChosen() {
        files.open(FileKind.BATCH, folder).ifPresent(this::importFile);
    }

    /**
     * Imports a chosen, dropped or opened-with batch; a refusal for rights offers to apply the rest of the batch as
     * it was read (handed from the worker thread to the FX thread).
     */
    public void importFile(Path file) {
        AtomicReference<ReadBatch> read = new AtomicReference<>();
        run(remembering(file, () -> {
            read.set(sync.read(file));
            return sync.apply(read.get(), false);
        }), r -> work.succeed(texts.imported(r)), failure -> {
            if (failure instanceof BatchRefused refused && refused.reason() == BatchRefused.Reason.REFUSED_OPERATIONS) {
                partialOffer.set(read.get());
            }
        });
    }

    /** The user read the refused operations and accepts the batch without them. */
    public void applyRest() {
        ReadBatch batch = partialOffer.get();
        if (batch != null) {
            run(() -> sync.apply(batch, true), r -> work.succeed(texts.imported(r)), f -> { });
        }
    }

    public void confirm(ConflictRow conflict) {
        resolve(conflict, sync::confirm, "sync.confirmed");
    }

    /** The losing value comes back as a local change, which leaves with the next batch. */
    public void flip(ConflictRow conflict) {
        resolve(conflict, sync::flip, "sync.flipped");
    }

    private void resolve(ConflictRow conflict, Consumer<Long> action, String doneKey) {
        if (conflict != null) {
            run(() -> {
                action.accept(conflict.id());
                return conflict;
            }, c -> work.succeed(messages.format(doneKey, c.mission(), c.field())), f -> { });
        }
    }

    /** One service call at a time, with the screen busy meanwhile; the screen is read again after it. */
    private <T> void run(Callable<T> call, Consumer<T> done, Consumer<Throwable> refused) {
        partialOffer.set(null);
        work.run(call, result -> {
            done.accept(result);
            refresh();
            onSynced.run();
        }, failure -> {
            refused.accept(failure);
            return work.explain(failure);
        });
    }

    public Status status() {
        return status;
    }

    public ExportOptions exportOptions() {
        return exportOptions;
    }

    /** Busy, the report of what was done, or why it was refused: what the exchange bar shows. */
    public WorkState work() {
        return work;
    }

    public ReadOnlyObjectProperty<ReadBatch> partialOfferProperty() {
        return partialOffer;
    }

    public SiteForm form() {
        return form;
    }

    public BooleanBinding needsSetUpBinding() {
        return needsSetUp;
    }

    public ObjectProperty<ConflictRow> selectedConflictProperty() {
        return selectedConflict;
    }

    public WhyNot whyNot() {
        return whyNot;
    }

    /** What {@link #refresh} read: this site, its changes not yet held elsewhere, its partners, the open conflicts. */
    public record Status(ReadOnlyStringProperty site, ReadOnlyStringProperty pending,
            ObservableList<PartnerRow> partners, ObservableList<ConflictRow> conflicts) {
    }

    /**
     * Where the next batch goes and what it carries.
     *
     * @param destinations the partners' sites, read by {@link #refresh}
     * @param resend whether the batch carries again what was sent but not acknowledged yet
     */
    public record ExportOptions(ObservableList<String> destinations, StringProperty destination,
            BooleanProperty resend) {
    }
}
