package be.inasti.missiondesk.app.sync;

import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.DAMAGED;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.GAP;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.NOT_A_SITE;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.REFUSED_OPERATIONS;

import be.inasti.missiondesk.app.files.OutputFiles;
import be.inasti.missiondesk.app.files.OutputKind;
import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.mission.Actor;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.domain.sync.Conflict;
import be.inasti.missiondesk.domain.sync.ExportReport;
import be.inasti.missiondesk.domain.sync.ImportReport;
import be.inasti.missiondesk.domain.sync.Partner;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.sync.Site;
import be.inasti.missiondesk.store.ApplyReport;
import be.inasti.missiondesk.store.Backups;
import be.inasti.missiondesk.store.IncomingBatch;
import be.inasti.missiondesk.store.JsonOperation;
import be.inasti.missiondesk.store.KeyFile;
import be.inasti.missiondesk.store.KeyRing;
import be.inasti.missiondesk.store.SyncStore;
import be.inasti.missiondesk.sync.Authorization;
import be.inasti.missiondesk.sync.BatchWriter;
import be.inasti.missiondesk.sync.IdentityFile;
import be.inasti.missiondesk.sync.OpenedBatch;
import be.inasti.missiondesk.sync.ReceivedBatch;
import be.inasti.missiondesk.sync.SiteKeys;
import be.inasti.missiondesk.sync.Stretch;
import be.inasti.missiondesk.sync.VerifiedBatch;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sets up this installation as a site, and exchanges batch files with its partners: the store says what to send
 * and keeps what was received, {@code sync} writes the files and reads and checks them, a backup comes before
 * every import.
 */
public final class SyncService {
    /** The site id changes carry before the installation is set up as a site. */
    public static final String PROVISIONAL_SITE = "LOCAL";

    private final SyncStore store;
    private final KeyFile keyFile;
    private final Backups backups;
    private final Clock clock;
    private final Actor actor;
    private final OutputFiles outputs;

    public SyncService(SyncStore store, KeyFile keyFile, Backups backups, Clock clock, Actor actor,
            OutputFiles outputs) {
        this.store = store;
        this.keyFile = keyFile;
        this.backups = backups;
        this.clock = clock;
        this.actor = actor;
        this.outputs = outputs;
    }

    public Site init(String id, Office office, Role role) {
        Site.checkedId(id);
        store.self().ifPresent(s -> {
            throw new DomainException("site.alreadyInitialised", s.id());
        });
        SiteKeys keys = new SiteKeys();
        Site site = keys.site(id, office.name(), role.name());
        keyFile.write(KeyRing.of(id, keys.pairs()));
        store.initSelf(site, PROVISIONAL_SITE, clock.instant());
        return site;
    }

    /**
     * Replaces this site's key pairs with new ones and returns the partners to be told: the next batch to each
     * announces the new public keys, signed with the previous key, the one it trusts; the previous keys are kept
     * until each has shown it holds the new ones (a batch from it sealed for the new key). One rotation at a time.
     */
    public List<String> rotateKeys() {
        Site self = requireSelf();
        KeyRing ring = keys(self);
        if (!ring.announcing().isEmpty()) {
            throw new DomainException("site.rotationUnderWay", String.join(", ", ring.announcing().keySet()));
        }
        SiteKeys keys = new SiteKeys();
        List<String> partners = store.partners().stream().map(Site::id).toList();
        keyFile.write(ring.rotated(keys.pairs(), partners));
        store.replaceKeys(keys.site(self.id(), self.office(), self.role()));
        return partners;
    }

    public Optional<Site> self() {
        return store.self();
    }

    /** Writes this site's public identity; {@code force} replaces an existing file that is not an identity. */
    public void exportIdentity(Path file, boolean force) {
        outputs.check(file, OutputKind.IDENTITY, force);
        Site self = requireSelf();
        IdentityFile.write(withKeys(self, keys(self)), file);
    }

    public Site register(Path file) {
        Site site = IdentityFile.read(file);
        if (store.site(site.id()).isPresent()) {
            throw new DomainException("site.alreadyRegistered", site.id());
        }
        store.register(site, clock.instant());
        return site;
    }

    public List<Partner> partners() {
        return store.partners().stream().map(s -> store.partner(s.id())).toList();
    }

    /** Local changes that no partner has acknowledged holding yet. */
    public int pendingChanges() {
        return store.unacknowledgedOwnOperations(store.self().map(Site::id).orElse(PROVISIONAL_SITE));
    }

    /**
     * Writes the operations the destination has not received yet (with {@code resend}: not acknowledged yet)
     * into one signed and encrypted file; {@code force} replaces an existing file that is not a batch. The file is
     * checked before anything is marked exported.
     */
    public ExportReport export(Path file, Optional<String> forSite, boolean resend, boolean force) {
        outputs.check(file, OutputKind.BATCH, force);
        Site self = requireSelf();
        Site destination = destination(self, forSite);
        Partner partner = store.partner(destination.id());
        long after = resend ? partner.acknowledgedPos() : partner.exportedPos();
        long upTo = Math.max(after, store.lastPosition());
        KeyRing keys = keys(self);
        boolean announce = keys.announcesTo(destination.id(), after + 1);
        BatchWriter.Written written;
        try (BatchWriter batch = new BatchWriter(self.id(), destination)) {
            select(self, destination, after, upTo, batch::add);
            written = batch.finish(file, new Stretch(after + 1, upTo, partner.appliedPos()),
                    keys.signingKeyFor(destination.id(), after + 1),
                    announce ? Optional.of(withKeys(self, keys)) : Optional.empty(),
                    clock.instant());
        }
        store.markExported(destination.id(), upTo, clock.instant());
        if (announce) {
            keyFile.write(keys.announcedTo(destination.id(), after + 1));
        }
        return new ExportReport(file, destination.id(), after + 1, upTo, written.operations(), written.missions());
    }

    /** A hub sends what it relays too, to a desk only what concerns the desk's office. */
    private void select(Site self, Site destination, long after, long upTo, Consumer<JsonOperation> each) {
        boolean hub = Role.parse(self.role()) == Role.CENTRAL;
        Optional<String> office = hub && Role.parse(destination.role()).limitedToOwnOffice()
                ? Optional.of(destination.office()) : Optional.empty();
        store.toExport(destination.id(), after, upTo, !hub, self.id(), office, each);
    }

    private Site destination(Site self, Optional<String> forSite) {
        if (forSite.isPresent()) {
            return store.site(forSite.get()).filter(s -> !s.id().equals(self.id()))
                    .orElseThrow(() -> new DomainException("site.notRegistered", forSite.get()));
        }
        List<Site> central = store.partners().stream().filter(s -> Role.parse(s.role()) == Role.CENTRAL).toList();
        if (central.size() != 1) {
            throw new DomainException("site.nameDestination");
        }
        return central.getFirst();
    }

    /** Checks a batch in order, refusing with a precise reason and no change; applies it in one transaction. */
    public ImportReport importBatch(Path file, boolean acceptPartial) {
        return apply(read(file), acceptPartial);
    }

    /**
     * Reads a batch file and checks it in order, refusing with a precise reason: a batch, whole, from a registered
     * site and signed by it, for this site; then, unless it was applied already (it is not opened then), with no gap
     * after what was applied of its source's log, and holding what its manifest announces. Changes nothing.
     */
    public ReadBatch read(Path file) {
        ReceivedBatch received = ReceivedBatch.read(file);
        Site self = store.self().orElseThrow(() -> new BatchRefused(NOT_A_SITE, "site.notASite"));
        VerifiedBatch batch = received.verify(self, store::site);
        if (store.batchApplied(batch.id())) {
            return ReadBatch.alreadyApplied(batch);
        }
        Site source = batch.source();
        long fromPos = batch.stretch().fromPos();
        long applied = store.partner(source.id()).appliedPos();
        if (fromPos > applied + 1) {
            throw new BatchRefused(GAP, "batch.gap", applied + 1, fromPos - 1, source.id(), fromPos);
        }
        batch.requireStretch(store.partner(source.id()).exportedPos());
        return ReadBatch.opened(batch, open(batch, keys(self), mostLeftOut(self, source)));
    }

    /**
     * How many positions of a batch's stretch may hold operations it does not carry. A desk sends all its own work:
     * what it leaves out is what it received, and a desk receives from the central office, which holds all of it;
     * what another site leaves out (others' work) is not known here.
     */
    private long mostLeftOut(Site self, Site source) {
        return Role.parse(self.role()) == Role.CENTRAL && Role.parse(source.role()).limitedToOwnOffice()
                ? store.lastPosition() : Long.MAX_VALUE;
    }

    /**
     * Applies a batch {@link #read} before, in one transaction after a backup: all of it, or with
     * {@code acceptPartial} the operations within its source's rights, the others listed; without it, one refused
     * operation refuses the batch and nothing changes. A batch applied since it was read (from the command line,
     * on the same database) changes nothing either. The operations are read from the opened payload a chunk at a
     * time, twice: decided first, before the backup and with nothing written (a damaged or refused operation in the
     * last chunk refuses the batch as one in the first does), then applied in the one transaction; what is held of
     * the whole batch meanwhile is a bit per operation and what its operations name (see {@link Authorization}).
     */
    public ImportReport apply(ReadBatch read, boolean acceptPartial) {
        Site source = read.source();
        Stretch stretch = read.stretch();
        if (read.alreadyApplied() || store.batchApplied(read.id())) {
            return new ImportReport(source.id(), stretch.fromPos(), stretch.toPos(), true, 0, 0, 0, 0, List.of());
        }
        OpenedBatch opened = read.opened();
        Authorization.Decision decision = store.reading(held -> Authorization.decide(source, opened, held,
                clock.instant(), !acceptPartial));
        if (decision.refused() > 0 && !acceptPartial) {
            throw new BatchRefused(REFUSED_OPERATIONS, decision.refusal(source));
        }
        backups.rotating("before-import", clock.instant());
        ApplyReport report = apply(new IncomingBatch(read.id(), source.id(), stretch.fromPos(), stretch.toPos(),
                stretch.acknowledges(), accepted(opened, decision), read.rotatedSource()));
        return new ImportReport(source.id(), stretch.fromPos(), stretch.toPos(), false, report.applied(),
                report.alreadyHeld(), report.keptLocal(), report.conflicts(), decision.refusals());
    }

    /** The operations decided to be applied, read again from the opened payload a chunk at a time. */
    private static IncomingBatch.Operations accepted(OpenedBatch opened, Authorization.Decision decision) {
        return chunks -> {
            int[] first = {0};
            opened.forEachChunk(chunk -> {
                chunks.accept(decision.accepted(first[0], chunk));
                first[0] += chunk.size();
            });
        };
    }

    private ApplyReport apply(IncomingBatch batch) {
        try {
            return store.apply(batch, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new BatchRefused(DAMAGED, "batch.operationNotApplicable", e.getMessage());
        }
    }

    /**
     * Opens a batch with this site's agreement key. After a rotation, a partner that has not registered the new keys
     * yet still seals for the previous one; a batch sealed for the new key shows its source holds the new keys, so
     * the previous ones are no longer needed for it.
     */
    private OpenedBatch open(VerifiedBatch batch, KeyRing keys, long mostLeftOut) {
        if (keys.previous() == null) {
            return batch.open(keys.current().agreementPrivate(), mostLeftOut);
        }
        try {
            OpenedBatch opened = batch.open(keys.current().agreementPrivate(), mostLeftOut);
            keyFile.write(keys.heldBy(batch.source().id()));
            return opened;
        } catch (BatchRefused sealedForTheNewKey) {
            try {
                return batch.open(keys.previous().agreementPrivate(), mostLeftOut);
            } catch (BatchRefused sealedForNeither) {
                throw sealedForTheNewKey;
            }
        }
    }

    /** This site with the public keys its key file holds: they are the truth, even should a rotation be cut. */
    private static Site withKeys(Site self, KeyRing keys) {
        return new Site(self.id(), self.office(), self.role(), keys.current().signingPublic(),
                keys.current().agreementPublic());
    }

    /**
     * This site's keys, from the key file beside the database. A database restored or copied without its key file
     * (another machine) has none: the site is set up again, or the key file copied beside it by hand.
     */
    private KeyRing keys(Site self) {
        KeyRing keys = keyFile.read()
                .orElseThrow(() -> new DomainException("site.keysMissing", self.id(), keyFile.file()));
        if (!keys.site().equals(self.id())) {
            throw new DomainException("site.keysOfAnotherSite", keyFile.file(), keys.site(), self.id());
        }
        return keys;
    }

    private Site requireSelf() {
        return store.self().orElseThrow(() -> new DomainException("site.notASite"));
    }

    public List<Conflict> conflicts(boolean openOnly) {
        return store.conflicts(openOnly);
    }

    /** The kept value stays: the conflict is closed. */
    public void confirm(long conflictId) {
        store.resolve(openConflict(conflictId).id(), "CONFIRMED");
    }

    /** The value that lost is written back as a new local change, which travels like any other. */
    public void flip(long conflictId) {
        Conflict c = openConflict(conflictId);
        store.flip(c, actor.stamp());
    }

    private Conflict openConflict(long id) {
        return store.conflicts(true).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new DomainException("conflict.notOpen", id));
    }
}
