package be.inasti.missiondesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.BatchRefused.Reason;
import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.sync.Site;
import be.inasti.missiondesk.store.KeyFile;
import be.inasti.missiondesk.store.KeyRing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code site rotate-keys}: the next batch announces the new public keys signed with the old key, the receiver
 * registers them, and from then on only the new key signs; a rotation announced under a key that is not the
 * registered one is refused; the old keys go once every partner holds the new ones.
 */
class KeyRotationTest {
    @TempDir
    Path folder;

    SyncSites sites;
    Services central;
    Services namur;

    @BeforeEach
    void centralAndOneDesk() {
        sites = new SyncSites(folder);
        central = sites.site("CENTRAL", Office.CENTRAL, Role.CENTRAL);
        namur = sites.site("NAM-07", Office.NAMUR, Role.CASEWORKER);
    }

    @Test
    void theNextBatchAnnouncesTheNewKeysUnderTheOldOneAndThenOnlyTheNewKeySigns() throws Exception {
        KeyRing before = keys(namur);

        assertThat(namur.sync().rotateKeys()).containsExactly("CENTRAL");
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        Path announcing = sites.export(namur, "CENTRAL");

        BatchFile.Parts parts = BatchFile.read(Files.readAllBytes(announcing));
        KeyRing after = keys(namur);
        assertThat(parts.header().keyRotation()).isEqualTo(KeyRotation.of(new Site("NAM-07", "NAMUR", "CASEWORKER",
                after.current().signingPublic(), after.current().agreementPublic())));
        assertThat(BatchCrypto.verify(BatchCrypto.publicKey(BatchCrypto.SIGNING, before.current().signingPublic()),
                parts.signature(), parts.signed())).isTrue();
        assertThat(central.sync().importBatch(announcing, false).applied()).isPositive();
        assertThat(registeredAtCentral().signingKey()).isEqualTo(after.current().signingPublic());

        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        Path next = sites.export(namur, "CENTRAL");
        BatchFile.Parts nextParts = BatchFile.read(Files.readAllBytes(next));
        Path oldSigned = Files.write(folder.resolve("old-signed.mdb"), HostileBatchTest.rewrite(
                nextParts.headerBytes(), nextParts.payload(),
                BatchCrypto.privateKey(BatchCrypto.SIGNING, before.current().signingPrivate())));
        String unchanged = SyncSites.checksum(central);

        BatchRefused refused = catchThrowableOfType(BatchRefused.class,
                () -> central.sync().importBatch(oldSigned, false));
        assertThat(refused.reason()).isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(SyncSites.checksum(central)).isEqualTo(unchanged);
        assertThat(nextParts.header().keyRotation()).isNull();
        assertThat(central.sync().importBatch(next, false).applied()).isPositive();
    }

    @Test
    void aRotationAnnouncedUnderAKeyThatIsNotTheRegisteredOneIsRefused() {
        SiteKeys forger = new SiteKeys();
        Site centralSite = central.sync().self().orElseThrow();
        Path forged = folder.resolve("forged-rotation.mdb");
        try (BatchWriter batch = new BatchWriter("NAM-07", centralSite)) {
            batch.finish(forged, new Stretch(1, 0, 0), forger.pairs().signingPrivate(),
                    Optional.of(forger.site("NAM-07", "NAMUR", "CASEWORKER")), Instant.now());
        }
        byte[] registered = registeredAtCentral().signingKey();
        String unchanged = SyncSites.checksum(central);

        BatchRefused refused = catchThrowableOfType(BatchRefused.class,
                () -> central.sync().importBatch(forged, false));

        assertThat(refused.reason()).isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(registeredAtCentral().signingKey()).isEqualTo(registered);
        assertThat(SyncSites.checksum(central)).isEqualTo(unchanged);
    }

    @Test
    void aLostAnnouncementIsSentAgainByAResend() {
        namur.sync().rotateKeys();
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        sites.export(namur, "CENTRAL"); // lost on the way
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        Path signedWithTheNewKey = sites.export(namur, "CENTRAL");

        assertThat(catchThrowableOfType(BatchRefused.class, () -> central.sync().importBatch(signedWithTheNewKey,
                false)).reason()).isEqualTo(Reason.BAD_SIGNATURE);

        Path resent = folder.resolve("resent.mdb");
        namur.sync().export(resent, Optional.of("CENTRAL"), true, false);
        assertThat(central.sync().importBatch(resent, false).applied()).isPositive();
        assertThat(registeredAtCentral().signingKey()).isEqualTo(keys(namur).current().signingPublic());
    }

    @Test
    void theOldKeysStayWhilePartnersSealForThemAndGoOnceEveryPartnerHoldsTheNewOnes() {
        SyncSites.titresServices(central, Office.NAMUR, "vrenard");
        namur.sync().rotateKeys();
        Path sealedForTheOldKey = sites.export(central, "NAM-07");

        assertThat(namur.sync().importBatch(sealedForTheOldKey, false).applied()).isPositive();
        assertThat(keys(namur).previous()).isNotNull();

        central.sync().importBatch(sites.export(namur, "CENTRAL"), false);
        SyncSites.titresServices(central, Office.NAMUR, "vrenard");
        assertThat(namur.sync().importBatch(sites.export(central, "NAM-07"), false).applied()).isPositive();

        KeyRing retired = keys(namur);
        assertThat(retired.previous()).isNull();
        assertThat(retired.announcing()).isEmpty();
    }

    @Test
    void aSecondRotationWaitsUntilTheFirstIsKnownToEveryPartner() {
        namur.sync().rotateKeys();

        assertThatThrownBy(() -> namur.sync().rotateKeys()).isInstanceOf(DomainException.class)
                .hasMessageContaining("CENTRAL");
        assertThat(central.sync().rotateKeys()).containsExactly("NAM-07");
    }

    private Site registeredAtCentral() {
        return central.sync().partners().stream().map(p -> p.site()).filter(s -> s.id().equals("NAM-07"))
                .findFirst().orElseThrow();
    }

    static KeyRing keys(Services site) {
        return KeyFile.beside(TestServices.store(site)).read().orElseThrow();
    }

    static List<byte[]> privateKeys(KeyRing keys) {
        return List.of(keys.current().signingPrivate(), keys.current().agreementPrivate());
    }
}
