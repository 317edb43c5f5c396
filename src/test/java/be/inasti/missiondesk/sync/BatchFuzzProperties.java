package be.inasti.missiondesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.Scratch;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.store.StoreException;
import be.inasti.missiondesk.store.TableDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Damaged batch files, thousands of them: each is refused with a message, never with an unexpected exception, and
 * the database is the same after as before. One prepared central site serves every case.
 */
class BatchFuzzProperties {
    static Path folder;
    static Services central;
    static byte[] good;
    static String before;

    @BeforeContainer
    static void aCentralSiteAndAGoodBatch() throws IOException {
        folder = Scratch.create("batch-fuzz");
        SyncSites sites = new SyncSites(folder);
        central = sites.site("CENTRAL", Office.CENTRAL, Role.CENTRAL);
        Services namur = sites.site("NAM-07", Office.NAMUR, Role.CASEWORKER);
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        SyncSites.titresServices(namur, Office.NAMUR, "hlecomte");
        good = Files.readAllBytes(sites.export(namur, "CENTRAL"));
        before = digest();
    }

    @AfterContainer
    static void cleanUp() {
        Scratch.delete(folder);
    }

    /** One connection for the whole digest: thousands of cases, each checked. */
    static String digest() {
        return TableDigest.of(central.database().file(), TableDigest.WALL_CLOCK);
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        return Mutations.of(good);
    }

    @Property(tries = 4200)
    void aDamagedBatchIsRefusedWithAMessageAndChangesNothing(@ForAll("damaged") byte[] file) throws IOException {
        Assume.that(!Arrays.equals(file, good));
        Path path = Files.write(folder.resolve("incoming.mdb"), file);
        try {
            central.sync().importBatch(path, true);
            throw new AssertionError("a damaged batch was accepted: " + Mutations.describe(file));
        } catch (DomainException | StoreException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
        assertThat(digest()).isEqualTo(before);
    }
}
