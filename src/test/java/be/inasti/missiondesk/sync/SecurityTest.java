package be.inasti.missiondesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.BatchRefused.Reason;
import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.domain.sync.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks the sync design guards against, each tried for real: forged, replayed, misdirected, beyond the
 * sender's rights, from a stranger. Each is refused and changes nothing; and personal data (NISS, names) never
 * shows in clear outside the databases and the encrypted batches: not in logs, messages, file names or other files.
 */
class SecurityTest {
    static final List<String> PERSONAL = List.of("85073003328", "85.07.30-033.28", "Marie Dupont", "Dupont");

    @TempDir
    Path folder;

    SyncSites sites;
    Services central;
    Services namur;
    Mission mission;
    final List<String> messages = new ArrayList<>();
    final Handler logs = new Handler() {
        @Override
        public void publish(LogRecord r) {
            messages.add(r.getLoggerName() + " " + r.getMessage() + " " + List.of(Optional.ofNullable(
                    r.getParameters()).orElse(new Object[0])) + " " + r.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    Level rootLevel;

    @BeforeEach
    void centralAndTwoDesksWithEveryLogCaptured() {
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(logs);
        sites = new SyncSites(folder);
        central = sites.site("CENTRAL", Office.CENTRAL, Role.CENTRAL);
        namur = sites.site("NAM-07", Office.NAMUR, Role.CASEWORKER);
        sites.site("WAV-01", Office.WAVRE, Role.CASEWORKER);
        mission = SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(logs);
        Logger.getLogger("").setLevel(rootLevel);
    }

    /** Imports at central; expects a refusal for this reason, with the database unchanged and no personal data. */
    BatchRefused refusedAtCentral(Path batch, Reason reason) {
        String before = SyncSites.checksum(central);
        BatchRefused refused = catchThrowableOfType(BatchRefused.class, () -> central.sync().importBatch(batch, false));
        assertThat(refused).as("must be refused").isNotNull();
        assertThat(refused.reason()).as(refused.getMessage()).isEqualTo(reason);
        assertThat(SyncSites.checksum(central)).isEqualTo(before);
        messages.add(refused.getMessage());
        return refused;
    }

    /**
     * A site set up elsewhere that knows the central office's identity (published), but that central never
     * registered; it holds a mission of its own office.
     */
    Services outsider(String id, Office office, Role role) {
        Services outsider = new SyncSites(folder.resolve("outside-" + id)).site(id, office, role);
        Path identity = folder.resolve("central-identity.json");
        central.sync().exportIdentity(identity, false);
        outsider.sync().register(identity);
        SyncSites.titresServices(outsider, office, "fleroy");
        return outsider;
    }

    @Test
    void aBatchReSignedWithAnotherKeyIsRefused() throws Exception {
        BatchFile.Parts parts = BatchFile.read(Files.readAllBytes(sites.export(namur, "CENTRAL")));
        byte[] forged = HostileBatchTest.rewrite(parts.headerBytes(), parts.payload(),
                BatchCrypto.newKeyPair(BatchCrypto.SIGNING).getPrivate());

        refusedAtCentral(Files.write(folder.resolve("forged.mdb"), forged), Reason.BAD_SIGNATURE);
    }

    @Test
    void anImpostorUsingARegisteredSiteIdIsRefused() {
        Services impostor = outsider("NAM-07", Office.NAMUR, Role.COORDINATOR);

        refusedAtCentral(sites.export(impostor, "CENTRAL"), Reason.BAD_SIGNATURE);
    }

    @Test
    void aReplayedBatchChangesNothing() throws IOException {
        Path first = sites.export(namur, "CENTRAL");
        central.sync().importBatch(first, false);
        namur.missions().fire(mission.id(), "droit-accorde", SyncSites.TODAY);
        central.sync().importBatch(sites.export(namur, "CENTRAL"), false);
        String before = SyncSites.checksum(central);

        assertThat(central.sync().importBatch(first, false).alreadyApplied()).isTrue();
        assertThat(SyncSites.checksum(central)).isEqualTo(before);
    }

    @Test
    void aBatchForAnotherSiteIsRefused() {
        refusedAtCentral(sites.export(namur, "WAV-01"), Reason.NOT_FOR_THIS_SITE);
    }

    @Test
    void aBatchFromASiteNotRegisteredHereIsRefused() {
        Services stranger = outsider("LIB-09", Office.LIBRAMONT, Role.CENTRAL);

        refusedAtCentral(sites.export(stranger, "CENTRAL"), Reason.UNKNOWN_SOURCE);
    }

    @Test
    void aCaseworkerCannotOpenMissionsForAnotherOffice() {
        SyncSites.titresServices(namur, Office.WAVRE, "slambert");

        assertThat(refusedAtCentral(sites.export(namur, "CENTRAL"), Reason.REFUSED_OPERATIONS))
                .hasMessageContaining("the mission belongs to WAVRE, not to NAMUR");
    }

    @Test
    void aCaseworkerCannotGiveItsMissionToSomeoneElse() {
        namur.missions().reassign(mission.id(), Office.NAMUR, "hlecomte", "busy");

        assertThat(refusedAtCentral(sites.export(namur, "CENTRAL"), Reason.REFUSED_OPERATIONS))
                .hasMessageContaining("only coordinator or central sites reassign missions");
    }

    @Test
    void aCaseworkerCannotMoveItsMissionToAnotherOffice() {
        namur.missions().reassign(mission.id(), Office.WAVRE, "slambert", "wrong office");

        assertThat(refusedAtCentral(sites.export(namur, "CENTRAL"), Reason.REFUSED_OPERATIONS))
                .hasMessageContaining("only coordinator or central sites reassign missions");
    }

    @Test
    void aCaseworkerCannotWorkOnAMissionMovedToAnotherOffice() {
        central.sync().importBatch(sites.export(namur, "CENTRAL"), false);
        central.missions().reassign(mission.id(), Office.WAVRE, "slambert", "moved");
        namur.missions().fire(mission.id(), "droit-accorde", SyncSites.TODAY);

        assertThat(refusedAtCentral(sites.export(namur, "CENTRAL"), Reason.REFUSED_OPERATIONS))
                .hasMessageContaining("the mission belongs to WAVRE, not to NAMUR");
    }

    @Test
    void personalDataNeverLeavesTheDatabasesAndBatchesInClear() throws IOException {
        central.sync().importBatch(sites.export(namur, "CENTRAL"), false);
        namur.sync().importBatch(sites.export(central, "NAM-07"), false);
        SyncSites.titresServices(namur, Office.WAVRE, "slambert");
        refusedAtCentral(sites.export(namur, "CENTRAL"), Reason.REFUSED_OPERATIONS);
        refusedAtCentral(sites.export(namur, "WAV-01"), Reason.NOT_FOR_THIS_SITE);

        assertThat(messages).as("log records and refusal messages").noneMatch(SecurityTest::personal);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(folder.relativize(file).toString()).as("a file name").matches(n -> !personal(n));
                if (!isDatabase(file)) {
                    assertThat(file).as("a file outside the databases").matches(f -> !personal(text(f)));
                }
            }
        }
    }

    /** The databases and their copies in the backups folders: the one place personal data is kept. */
    static boolean isDatabase(Path file) {
        return file.getFileName().toString().matches(".*\\.db(-wal|-shm)?");
    }

    static boolean personal(String text) {
        return PERSONAL.stream().anyMatch(text::contains);
    }

    static String text(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
