package be.inasti.missiondesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.ExportReport;
import be.inasti.missiondesk.domain.sync.ImportReport;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.sync.SyncSites;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import of a batch in part: what applies is what its source had the right to do, all of it. */
class SyncServiceTest {
    @TempDir
    Path folder;

    SyncSites sites;
    Services central;
    Services wavre;
    Mission own;
    Path batch;

    /** An inspector's site opens a mission of its own office, then gives it to a colleague: beyond its rights. */
    @BeforeEach
    void aBatchWithOneOperationBeyondItsSourcesRights() {
        sites = new SyncSites(folder);
        central = sites.site("CENTRAL", Office.CENTRAL, Role.CENTRAL);
        wavre = sites.site("WAV-01", Office.WAVRE, Role.INSPECTOR);
        own = SyncSites.titresServices(wavre, Office.WAVRE, "amartin");
        wavre.missions().reassign(own.id(), Office.WAVRE, "slambert", "holiday");
        batch = folder.resolve("wavre.mdb");
    }

    @Test
    void theRestOfABatchIsEveryOperationNotListedAsRefused() {
        ExportReport exported = wavre.sync().export(batch, Optional.of("CENTRAL"), false);

        ImportReport rest = central.sync().importBatch(batch, true);

        assertThat(rest.refused()).hasSize(1);
        assertThat(rest.applied()).isEqualTo(exported.operations() - rest.refused().size());
        assertThat(central.missions().get(own.id()).clocks()).isNotEmpty()
                .isEqualTo(wavre.missions().get(own.id()).clocks());
    }
}
