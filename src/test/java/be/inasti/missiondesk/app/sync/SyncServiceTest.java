package be.inasti.missiondesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.ExportReport;
import be.inasti.missiondesk.domain.sync.ImportReport;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.store.Engine;
import be.inasti.missiondesk.sync.SyncSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** An import in two steps, as the window makes it: the file read and checked once, then applied, all or in part. */
@ParameterizedClass
@EnumSource(Engine.class)
class SyncServiceTest {
    /** Each site on a SQLite file of its own, then each on a PostgreSQL database: one exports, the other imports. */
    @Parameter
    Engine engine;

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
        central = sites.site("CENTRAL", Office.CENTRAL, Role.CENTRAL, engine);
        wavre = sites.site("WAV-01", Office.WAVRE, Role.INSPECTOR, engine);
        own = SyncSites.titresServices(wavre, Office.WAVRE, "amartin");
        wavre.missions().reassign(own.id(), Office.WAVRE, "slambert", "holiday");
        batch = folder.resolve("wavre.mdb");
    }

    @Test
    void readingChangesNothingAndTheRestAppliesAsReadWithoutTheFile() throws IOException {
        wavre.sync().export(batch, Optional.of("CENTRAL"), false, false);
        String before = SyncSites.checksum(central);

        ReadBatch read = central.sync().read(batch);
        Files.delete(batch);

        assertThat(SyncSites.checksum(central)).isEqualTo(before);
        ImportReport rest = central.sync().apply(read, true);
        assertThat(rest.refused()).hasSize(1);
        assertThat(central.missions().get(own.id()).assignee()).isEqualTo("amartin");
    }

    @Test
    void theRestOfABatchIsEveryOperationNotListedAsRefused() {
        ExportReport exported = wavre.sync().export(batch, Optional.of("CENTRAL"), false, false);

        ImportReport rest = central.sync().importBatch(batch, true);

        assertThat(rest.refused()).hasSize(1);
        assertThat(rest.applied()).isEqualTo(exported.operations() - rest.refused().size());
        assertThat(central.missions().get(own.id()).clocks()).isNotEmpty()
                .isEqualTo(wavre.missions().get(own.id()).clocks());
    }

    @Test
    void aBatchAppliedSinceItWasReadChangesNothingMore() {
        wavre.sync().export(batch, Optional.of("CENTRAL"), false, false);
        ReadBatch read = central.sync().read(batch);
        central.sync().importBatch(batch, true);
        String applied = SyncSites.checksum(central);

        ImportReport again = central.sync().apply(read, true);

        assertThat(again.alreadyApplied()).isTrue();
        assertThat(SyncSites.checksum(central)).isEqualTo(applied);
    }
}
