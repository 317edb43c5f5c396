package be.inasti.missiondesk.sync;

import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.BAD_SIGNATURE;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.DAMAGED;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.GAP;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.NOT_A_SITE;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.NOT_FOR_THIS_SITE;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.REFUSED_OPERATIONS;
import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.UNKNOWN_SOURCE;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Explanation;
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
import be.inasti.missiondesk.store.Operation;
import be.inasti.missiondesk.store.SyncStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Sets up this installation as a site, and exchanges batch files with its partners. */
public final class SyncService {
    /** The site id changes carry before the installation is set up as a site. */
    public static final String PROVISIONAL_SITE = "LOCAL";
    private static final Pattern SITE_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    private static final long MAX_FILE = 1L << 30;
    private static final int LISTED_REFUSALS = 10;

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
        KeyPair signing = BatchCrypto.newKeyPair(BatchCrypto.SIGNING);
        KeyPair agreement = BatchCrypto.newKeyPair(BatchCrypto.AGREEMENT);
        Site site = new Site(id, office.name(), role.name(), signing.getPublic().getEncoded(),
                agreement.getPublic().getEncoded());
        store.initSelf(site, PROVISIONAL_SITE, signing.getPrivate().getEncoded(), agreement.getPrivate().getEncoded(),
                clock.instant());
        return site;
    }

    public Optional<Site> self() {
        return store.self();
    }

    public void exportIdentity(Path file) {
        try {
            SiteIdentity.of(requireSelf()).write(file);
        } catch (IOException e) {
            throw new DomainException("file.cannotWrite", file, e.getMessage());
        }
    }

    public Site register(Path file) {
        Site site = SiteIdentity.read(file);
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
        String id = UUID.randomUUID().toString();
        BatchCrypto.Sealing sealing = sealing(destination, id);
        PayloadWriter.Written payload = writePayload(sealing, self, destination, after, upTo);
        BatchCrypto.Sealed sealed = sealed(sealing);
        Base64.Encoder b64 = Base64.getEncoder();
        write(file, new BatchHeader(BatchHeader.FORMAT, BatchHeader.VERSION, id, self.id(), destination.id(), after + 1,
                upTo, partner.appliedPos(), payload.operations(), payload.missions(), clock.instant(),
                b64.encodeToString(sealed.ephemeralKey()), b64.encodeToString(sealed.nonce()),
                sealed.ciphertext().length, BatchFile.sha256(sealed.ciphertext())), sealed.ciphertext());
        store.markExported(destination.id(), upTo, clock.instant());
        return new ExportReport(file, destination.id(), after + 1, upTo, payload.operations(), payload.missions());
    }

    /** A hub sends what it relays too, to a desk only what concerns the desk's office. */
    private PayloadWriter.Written writePayload(BatchCrypto.Sealing sealing, Site self, Site destination, long after,
            long upTo) {
        boolean hub = Role.parse(self.role()) == Role.CENTRAL;
        Optional<String> office = hub && Role.parse(destination.role()).limitedToOwnOffice()
                ? Optional.of(destination.office()) : Optional.empty();
        try (PayloadWriter writer = new PayloadWriter(sealing::update)) {
            store.toExport(destination.id(), after, upTo, !hub, self.id(), office, writer::add);
            return writer.finish();
        }
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

    private static BatchCrypto.Sealing sealing(Site destination, String batchId) {
        try {
            return BatchCrypto.sealing(BatchCrypto.publicKey(BatchCrypto.AGREEMENT, destination.agreementKey()),
                    batchId.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal the batch: " + e.getMessage(), e);
        }
    }

    private static BatchCrypto.Sealed sealed(BatchCrypto.Sealing sealing) {
        try {
            return sealing.finish();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal the batch: " + e.getMessage(), e);
        }
    }

    private void write(Path file, BatchHeader header, byte[] ciphertext) {
        try {
            byte[] headerBytes = BatchFile.headerBytes(header);
            byte[] signature = BatchCrypto.sign(selfKey(0, BatchCrypto.SIGNING), BatchFile.MAGIC, headerBytes,
                    ciphertext);
            BatchFile.write(file, headerBytes, signature, ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the batch: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DomainException("file.cannotWrite", file, e.getMessage());
        }
    }

    /** Checks a batch in order, refusing with a precise reason and no change; applies it in one transaction. */
    public ImportReport importBatch(Path file, boolean acceptPartial) {
        BatchFile.Parts parts = BatchFile.read(readAll(file));
        BatchHeader h = parts.header();
        Site self = store.self().orElseThrow(() -> new BatchRefused(NOT_A_SITE, "site.notASite"));
        Site source = checkSignature(parts, self);
        if (!h.destination().equals(self.id())) {
            throw new BatchRefused(NOT_FOR_THIS_SITE, "batch.otherDestination", h.destination(), self.id());
        }
        if (store.batchApplied(h.id())) {
            return new ImportReport(source.id(), h.fromPos(), h.toPos(), true, 0, 0, 0, 0, List.of());
        }
        long applied = store.partner(source.id()).appliedPos();
        if (h.fromPos() > applied + 1) {
            throw new BatchRefused(GAP, "batch.gap", applied + 1, h.fromPos() - 1, source.id(), h.fromPos());
        }
        List<Operation> operations = open(parts).operations();
        List<Explanation> refused = Authorization.refusals(source, operations, store::missionOffice);
        if (!refused.isEmpty() && !acceptPartial) {
            throw new BatchRefused(REFUSED_OPERATIONS, refusedExplanation(source, refused));
        }
        List<Operation> accepted = refused.isEmpty() ? operations
                : operations.stream().filter(op -> Authorization.refusals(source, List.of(op), store::missionOffice)
                        .isEmpty()).toList();
        backups.rotating("before-import", clock.instant());
        ApplyReport report = apply(h, accepted);
        return new ImportReport(source.id(), h.fromPos(), h.toPos(), false, report.applied(), report.alreadyHeld(),
                report.keptLocal(), report.conflicts(), refused);
    }

    private ApplyReport apply(BatchHeader h, List<Operation> operations) {
        try {
            return store.apply(h.id(), h.source(), h.fromPos(), h.toPos(), h.acknowledges(), operations,
                    clock.instant());
        } catch (IllegalArgumentException e) {
            throw new BatchRefused(DAMAGED, "batch.operationNotApplicable", e.getMessage());
        }
    }

    private static Explanation refusedExplanation(Site source, List<Explanation> refused) {
        List<Explanation> listed = refused.subList(0, Math.min(LISTED_REFUSALS, refused.size()));
        return Explanation.of("batch.refusedOperations", refused.size(), source.id(), source.role(), source.office(),
                listed, refused.size() - listed.size());
    }

    private static byte[] readAll(Path file) {
        try {
            if (Files.size(file) > MAX_FILE) {
                throw new BatchRefused(DAMAGED, "batch.tooLarge", file);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DomainException("file.cannotRead", file, e.getMessage());
        }
    }

    private Site checkSignature(BatchFile.Parts parts, Site self) {
        String sourceId = parts.header().source();
        if (sourceId.equals(self.id())) {
            throw new BatchRefused(NOT_FOR_THIS_SITE, "batch.ownBatch", sourceId, parts.header().destination());
        }
        Site source = store.site(sourceId)
                .orElseThrow(() -> new BatchRefused(UNKNOWN_SOURCE, "batch.unknownSource", sourceId));
        boolean valid;
        try {
            valid = BatchCrypto.verify(BatchCrypto.publicKey(BatchCrypto.SIGNING, source.signingKey()),
                    parts.signature(), parts.signed());
        } catch (GeneralSecurityException e) {
            valid = false;
        }
        if (!valid) {
            throw new BatchRefused(BAD_SIGNATURE, "batch.badSignature", sourceId);
        }
        return source;
    }

    private Payload open(BatchFile.Parts parts) {
        BatchHeader h = parts.header();
        byte[] plain;
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            plain = BatchCrypto.open(selfKey(1, BatchCrypto.AGREEMENT), b64.decode(h.ephemeralKey()),
                    b64.decode(h.nonce()), parts.payload(), h.id().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new BatchRefused(DAMAGED, "batch.cannotDecrypt");
        }
        Payload payload = Payload.fromBytes(plain);
        if (payload.operations().size() != h.operations() || payload.missions() != h.missions()) {
            throw new BatchRefused(DAMAGED, "batch.countsDiffer", h.operations(), h.missions(),
                    payload.operations().size(), payload.missions());
        }
        return payload;
    }

    private PrivateKey selfKey(int which, String algorithm) throws GeneralSecurityException {
        byte[][] keys = store.selfPrivateKeys().orElseThrow(() -> new DomainException("site.noKeys"));
        return BatchCrypto.privateKey(algorithm, keys[which]);
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
