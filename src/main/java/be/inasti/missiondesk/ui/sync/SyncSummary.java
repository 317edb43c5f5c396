package be.inasti.missiondesk.ui.sync;

import be.inasti.missiondesk.app.sync.SyncService;
import be.inasti.missiondesk.domain.sync.Partner;
import be.inasti.missiondesk.domain.sync.Site;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where this installation stands in the exchange of batch files, read in one go off the FX thread: the site it
 * is (if set up), its partners, and the local changes no partner holds yet.
 */
public record SyncSummary(Optional<Site> self, List<Partner> partners, int pending) {

    public static SyncSummary read(SyncService sync) {
        return new SyncSummary(sync.self(), sync.partners(), sync.pendingChanges());
    }

    /** The latest export to any partner. */
    public Optional<Instant> lastExport() {
        return latest(Partner::lastExportAt);
    }

    /** The latest import from any partner. */
    public Optional<Instant> lastImport() {
        return latest(Partner::lastImportAt);
    }

    private Optional<Instant> latest(Function<Partner, Instant> when) {
        return partners.stream().map(when).filter(Objects::nonNull).max(Comparator.naturalOrder());
    }
}
