package be.inasti.missiondesk.app.sync;

import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.DAMAGED;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.GAP;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.NOT_A_SITE;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.REFUSED_OPERATIONS;

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
import be.inasti.missiondesk.store.SyncStore;
import be.inasti.missiondesk.sync.Authorization;
import be.inasti.missiondesk.sync.BatchWriter;
import be.inasti.missiondesk.sync.IdentityFile;
import be.inasti.missiondesk.sync.ReceivedBatch;
import be.inasti.missiondesk.sync.SiteKeys;
import be.inasti.missiondesk.sync.Stretch;
import be.inasti.missiondesk.sync.VerifiedBatch;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Sets up this installation as a site, and exchanges batch files with its partners: the store says what to send
 * and keeps what was received, {@code sync} writes the files and reads and checks them, a backup comes before
 * every import.
 */
public final class SyncService {
    /** The site id changes carry before the installation is set up as a site. */
    public static final String PROVISIONAL_SITE = "LOCAL";
    private static final Pattern SITE_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    /** Which of this site's private keys {@link SyncStore#selfPrivateKeys} holds where. */
    private static final int SIGNING_KEY = 0;
    private static final int AGREEMENT_KEY = 1;

    private final SyncStore store;
    private final Backups backups;
    private final Clock clock;
    private final Actor actor;

    public SyncService(SyncStore store, Backups backups, Clock clock, Actor actor) {
        this.store = store;
        this.backups = backups;
        this.clock = clock;
        this.actor = actor;
    }

    public Site init(String id, Office office, Role role) {
        if (!SITE_ID.matcher(id).matches()) {
            throw new DomainException("site.badId", id);
        }
        store.self().ifPresent(s -> {
            throw new DomainException("site.alreadyInitialised", s.id());
        });
        SiteKeys keys = new SiteKeys();
        Site site = keys.site(id, office.name(), role.name());
        store.initSelf(site, PROVISIONAL_SITE, keys.signingPrivate(), keys.agreementPrivate(), clock.instant());
        return site;
    }

    public Optional<Site> self() {
        return store.self();
    }

    public void exportIdentity(Path file) {
        IdentityFile.write(requireSelf(), file);
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
     * into one signed and encrypted file.
     */
    public ExportReport export(Path file, Optional<String> forSite, boolean resend) {
        Site self = requireSelf();
        Site destination = destination(self, forSite);
        Partner partner = store.partner(destination.id());
        long after = resend ? partner.acknowledgedPos() : partner.exportedPos();
        long upTo = Math.max(after, store.lastPosition());
        BatchWriter.Written written;
        try (BatchWriter batch = new BatchWriter(self.id(), destination)) {
            select(self, destination, after, upTo, batch::add);
            written = batch.finish(file, new Stretch(after + 1, upTo, partner.appliedPos()), privateKey(SIGNING_KEY),
                    clock.instant());
        }
        store.markExported(destination.id(), upTo, clock.instant());
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
        return ReadBatch.opened(batch, batch.open(privateKey(AGREEMENT_KEY), mostLeftOut(self, source)));
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
     * on the same database) changes nothing either.
     */
    public ImportReport apply(ReadBatch read, boolean acceptPartial) {
        VerifiedBatch batch = read.verified();
        Site source = batch.source();
        Stretch stretch = batch.stretch();
        if (read.alreadyApplied() || store.batchApplied(batch.id())) {
            return new ImportReport(source.id(), stretch.fromPos(), stretch.toPos(), true, 0, 0, 0, 0, List.of());
        }
        Authorization.Decision decision = Authorization.decide(source, read.operations(), store, clock.instant());
        if (!decision.refusals().isEmpty() && !acceptPartial) {
            throw new BatchRefused(REFUSED_OPERATIONS, decision.refusal(source));
        }
        backups.rotating("before-import", clock.instant());
        ApplyReport report = apply(new IncomingBatch(batch.id(), source.id(), stretch.fromPos(), stretch.toPos(),
                stretch.acknowledges(), decision.accepted()));
        return new ImportReport(source.id(), stretch.fromPos(), stretch.toPos(), false, report.applied(),
                report.alreadyHeld(), report.keptLocal(), report.conflicts(), decision.refusals());
    }

    private ApplyReport apply(IncomingBatch batch) {
        try {
            return store.apply(batch, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new BatchRefused(DAMAGED, "batch.operationNotApplicable", e.getMessage());
        }
    }

    /** This site's private key (PKCS#8) at {@link #SIGNING_KEY} or {@link #AGREEMENT_KEY}. */
    private byte[] privateKey(int which) {
        return store.selfPrivateKeys().orElseThrow(() -> new DomainException("site.noKeys"))[which];
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
