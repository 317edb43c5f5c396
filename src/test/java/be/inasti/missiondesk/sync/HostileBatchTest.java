package be.inasti.missiondesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.BatchRefused.Reason;
import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.store.KeyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, forged and misdirected files are refused with their reason, and the database stays as it was. */
class HostileBatchTest {
    @TempDir
    Path folder;

    SyncSites sites;
    Services central;
    Services namur;
    byte[] good;
    String before;

    @BeforeEach
    void aGoodBatch() throws IOException {
        sites = new SyncSites(folder);
        central = sites.site("CENTRAL", Office.CENTRAL, Role.CENTRAL);
        namur = sites.site("NAM-07", Office.NAMUR, Role.CASEWORKER);
        sites.site("WAV-01", Office.WAVRE, Role.CASEWORKER);
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        good = Files.readAllBytes(sites.export(namur, "CENTRAL"));
        before = SyncSites.checksum(central);
    }

    Reason refusal(byte[] content) throws IOException {
        Path file = Files.write(folder.resolve("hostile-" + System.nanoTime() + ".mdb"), content);
        BatchRefused refused = catchThrowableOfType(BatchRefused.class,
                () -> central.sync().importBatch(file, true));
        assertThat(refused).as("a hostile file must be refused").isNotNull();
        assertThat(refused.getMessage()).isNotBlank();
        assertThat(SyncSites.checksum(central)).as("database unchanged after: " + refused.getMessage())
                .isEqualTo(before);
        return refused.reason();
    }

    @Test
    void aFlippedByteAnywhereIsRefused() throws IOException {
        for (int at = 0; at < good.length; at += 3) {
            byte[] flipped = good.clone();
            flipped[at] ^= 0x01;
            assertThat(refusal(flipped)).as("byte %d flipped", at).isIn(Reason.NOT_A_BATCH, Reason.DAMAGED,
                    Reason.UNSUPPORTED_VERSION, Reason.UNKNOWN_SOURCE, Reason.BAD_SIGNATURE, Reason.NOT_FOR_THIS_SITE);
        }
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        for (int length = 0; length < good.length; length += 5) {
            assertThat(refusal(Arrays.copyOf(good, length))).as("cut at %d", length)
                    .isIn(Reason.NOT_A_BATCH, Reason.DAMAGED);
        }
    }

    @Test
    void anEmptyFileOrAnotherKindOfFileIsNotABatch() throws IOException {
        assertThat(refusal(new byte[0])).isEqualTo(Reason.NOT_A_BATCH);
        assertThat(refusal("naam;niss\nJan;85073003328\n".getBytes())).isEqualTo(Reason.NOT_A_BATCH);
    }

    @Test
    void aFileReSignedWithAnotherKeyIsRefused() throws Exception {
        BatchFile.Parts parts = BatchFile.read(good);
        KeyPair forger = BatchCrypto.newKeyPair(BatchCrypto.SIGNING);

        byte[] forged = rewrite(parts.headerBytes(), parts.payload(), forger.getPrivate());

        assertThat(refusal(forged)).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void aBatchForAnotherSiteIsRefused() throws IOException {
        byte[] forWavre = Files.readAllBytes(sites.export(namur, "WAV-01"));

        assertThat(refusal(forWavre)).isEqualTo(Reason.NOT_FOR_THIS_SITE);
    }

    @Test
    void aHugeCountInAnAuthenticManifestIsRefusedWithoutBelievingIt() throws Exception {
        BatchFile.Parts parts = BatchFile.read(good);
        BatchHeader h = parts.header();
        BatchHeader huge = new BatchHeader(h.format(), h.version(), h.id(), h.source(), h.destination(), h.fromPos(),
                h.toPos(), h.acknowledges(), 1_000_000_000_000L, h.missions(), h.createdAt(), h.ephemeralKey(),
                h.nonce(), h.payloadLength(), h.payloadSha256(), h.keyRotation());

        byte[] file = rewrite(BatchFile.headerBytes(huge), parts.payload(), namurSigningKey());

        assertThat(refusal(file)).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void anUnknownFormatVersionIsNamed() throws Exception {
        BatchFile.Parts parts = BatchFile.read(good);
        BatchHeader h = parts.header();
        BatchHeader next = new BatchHeader(h.format(), 2, h.id(), h.source(), h.destination(), h.fromPos(), h.toPos(),
                h.acknowledges(), h.operations(), h.missions(), h.createdAt(), h.ephemeralKey(), h.nonce(),
                h.payloadLength(), h.payloadSha256(), h.keyRotation());

        Path file = Files.write(folder.resolve("v2.mdb"), rewrite(BatchFile.headerBytes(next), parts.payload(),
                namurSigningKey()));

        BatchRefused refused = catchThrowableOfType(BatchRefused.class, () -> central.sync().importBatch(file, false));
        assertThat(refused.reason()).isEqualTo(Reason.UNSUPPORTED_VERSION);
        assertThat(refused).hasMessageContaining("version 2 is not supported");
    }

    @Test
    void theGoodBatchItselfIsAccepted() throws IOException {
        Path file = Files.write(folder.resolve("good.mdb"), good);

        assertThat(central.sync().importBatch(file, false).applied()).isPositive();
    }

    private PrivateKey namurSigningKey() throws GeneralSecurityException {
        byte[] key = KeyFile.beside(TestServices.store(namur)).read().orElseThrow().current().signingPrivate();
        return BatchCrypto.privateKey(BatchCrypto.SIGNING, key);
    }

    static byte[] rewrite(byte[] headerBytes, byte[] payload, PrivateKey signer) throws Exception {
        Path temp = Files.createTempFile("rewritten", ".mdb");
        BatchFile.write(temp, headerBytes, BatchCrypto.sign(signer, BatchFile.MAGIC, headerBytes, payload), payload);
        byte[] bytes = Files.readAllBytes(temp);
        Files.delete(temp);
        return bytes;
    }
}
