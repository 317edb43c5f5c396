package be.inasti.missiondesk.app.sync;

import be.inasti.missiondesk.domain.sync.Site;
import be.inasti.missiondesk.sync.OpenedBatch;
import be.inasti.missiondesk.sync.Stretch;
import be.inasti.missiondesk.sync.VerifiedBatch;
import java.util.Optional;

/**
 * A batch file read and checked by {@link SyncService#read}, up to its operations' rights: kept, so that applying
 * it, all of it or, once the user has read what its source may not do, the rest, needs no second read of the file.
 * What is kept is its manifest and its payload as decrypted, still compressed ({@link OpenedBatch}), about the
 * file's size, never its operations. A batch applied already is not opened.
 */
public final class ReadBatch {
    private final String id;
    private final Site source;
    private final Stretch stretch;
    private final Optional<Site> rotatedSource;
    private final OpenedBatch opened;

    private ReadBatch(VerifiedBatch verified, OpenedBatch opened) {
        this.id = verified.id();
        this.source = verified.source();
        this.stretch = verified.stretch();
        this.rotatedSource = verified.rotatedSource();
        this.opened = opened;
    }

    static ReadBatch opened(VerifiedBatch verified, OpenedBatch opened) {
        return new ReadBatch(verified, opened);
    }

    static ReadBatch alreadyApplied(VerifiedBatch verified) {
        return new ReadBatch(verified, null);
    }

    String id() {
        return id;
    }

    Site source() {
        return source;
    }

    Stretch stretch() {
        return stretch;
    }

    Optional<Site> rotatedSource() {
        return rotatedSource;
    }

    /** The opened payload; null for a batch applied already. */
    OpenedBatch opened() {
        return opened;
    }

    boolean alreadyApplied() {
        return opened == null;
    }
}
