package be.inasti.missiondesk.ui.sync;

import be.inasti.missiondesk.app.MissionService;
import be.inasti.missiondesk.app.sync.ReadBatch;
import be.inasti.missiondesk.app.sync.SyncService;
import be.inasti.missiondesk.domain.DomainException;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
 * The synchronisation screen: this site and its partners, the local changes not yet held elsewhere, export and
 * import of batch files with a readable report, and the open conflicts to confirm or flip. Every service call
 * runs through the {@link TaskRunner}; {@code onSynced} lets the window refresh what an exchange changed.
 */
public final class SyncViewModel {
    private final SyncService sync;
    private final MissionService missions;
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
    /**
     * A batch refused for operations beyond its source's rights, which the user may still apply in part: as read
     * and checked, so applying the rest does not read the file again.
     */
    private final ObjectProperty<ReadBatch> partialOffer = new SimpleObjectProperty<>();
    private final BooleanBinding isSite = Bindings.createBooleanBinding(
            () -> summary.get() != null && summary.get().self().isPresent(), summary);
    private final WorkState work;
    private final BooleanBinding canExport;
    private final BooleanBinding canImport;

    public SyncViewModel(SyncService sync, MissionService missions, TaskRunner tasks, Messages messages,
            SyncTexts texts, FilePicker files, Clock clock, Runnable onSynced) {
        this.sync = sync;
        this.missions = missions;
        this.messages = messages;
        this.texts = texts;
        this.files = files;
        this.clock = clock;
        this.onSynced = onSynced;
        this.work = new WorkState(tasks, texts::failure);
        canExport = isSite.and(exportOptions.destination.isNotNull()).and(work.busyProperty().not());
        canImport = isSite.and(work.busyProperty().not());
    }

    private record Snapshot(SyncSummary summary, List<ConflictRow> conflicts) {
    }

    /** Reads the site, partners, pending changes and open conflicts off the FX thread. */
    public void refresh() {
        work.runQuietly(() -> new Snapshot(SyncSummary.read(sync), sync.conflicts(true).stream().map(this::row)
                .toList()), this::show);
    }

    private void show(Snapshot snapshot) {
        SyncSummary s = snapshot.summary();
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
        if (!canExport.get()) {
            return;
        }
        files.save(FileKind.BATCH, defaultName(to)).ifPresent(file -> run(() -> sync.export(file, Optional.of(to),
                exportOptions.resend.get(), true), r -> work.succeed(texts.exported(r)), f -> { }));
    }

    /** {@code MissionDesk-NAM-07-to-CENTRAL-2026-11-23.mdbatch}: who, for whom, when, in the name itself. */
    String defaultName(String to) {
        String self = summary.get().self().map(Site::id).orElseThrow();
        return "MissionDesk-" + self + "-to-" + to + "-" + LocalDate.ofInstant(clock.instant(), clock.getZone())
                + FileKind.BATCH.extension();
    }

    /** Not gated on {@link #canImportBinding()}: the main menu calls it before the screen has read its state. */
    public void importChosen() {
        files.open(FileKind.BATCH).ifPresent(this::importFile);
    }

    /**
     * Imports a chosen, dropped or opened-with batch; a refusal for rights offers to apply the rest of the batch as
     * it was read (handed from the worker thread to the FX thread).
     */
    public void importFile(Path file) {
        AtomicReference<ReadBatch> read = new AtomicReference<>();
        run(() -> {
            read.set(sync.read(file));
            return sync.apply(read.get(), false);
        }, r -> work.succeed(texts.imported(r)), failure -> {
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

    public BooleanBinding canExportBinding() {
        return canExport;
    }

    public BooleanBinding canImportBinding() {
        return canImport;
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
