package be.inasti.missiondesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.BatchRefused.Reason;
import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.store.KeyFile;
import be.inasti.missiondesk.store.KeyRing;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files an attacker or a slip of the keyboard hands to the import, none of which may exhaust its memory or hang it:
 * gzip bombs in authentic batches, files too large, pipes, devices and folders. Each is refused with one line and
 * the database stays as it was.
 */
class BoundedReadTest {
    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    Services central;
    KeyRing namurKeys;
    KeyRing centralKeys;
    String before;

    @BeforeEach
    void sites() {
        SyncSites sites = new SyncSites(folder);
        central = sites.site("CENTRAL", Office.CENTRAL, Role.CENTRAL);
        Services namur = sites.site("NAM-07", Office.NAMUR, Role.CASEWORKER);
        namurKeys = KeyFile.beside(TestServices.store(namur)).read().orElseThrow();
        centralKeys = KeyFile.beside(TestServices.store(central)).read().orElseThrow();
        before = SyncSites.checksum(central);
    }

    BatchRefused refusal(Path file) {
        BatchRefused refused = assertTimeoutPreemptively(AT_ONCE,
                () -> catchThrowableOfType(BatchRefused.class, () -> central.sync().importBatch(file, true)));
        assertThat(refused).as("%s must be refused", file).isNotNull();
        assertThat(SyncSites.checksum(central)).as("database unchanged after: " + refused.getMessage())
                .isEqualTo(before);
        return refused;
    }

    Path bomb(String prefix, char filler, long length) throws Exception {
        Path file = folder.resolve("bomb.mdbatch");
        BombBatches.write(file, "NAM-07", namurKeys.current().signingPrivate(), "CENTRAL",
                centralKeys.current().agreementPublic(), prefix, (byte) filler, length);
        return file;
    }

    @Test
    void aGibibyteOfSpacesInAnAuthenticBatchIsRefusedAtItsBound() throws Exception {
        Path file = bomb("{\"operations\":[", ' ', 1L << 30);
        assertThat(Files.size(file)).as("a few MiB on disk").isLessThan(4L << 20);

        BatchRefused refused = refusal(file);

        assertThat(refused.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(refused.getMessage()).contains("64 times its compressed size", "at most 64 MiB");
    }

    @Test
    void aStringWithoutEndInAnAuthenticBatchIsRefused() throws Exception {
        BatchRefused refused = refusal(bomb("{\"operations\":[{\"origin\":\"", 'A', 1L << 30));

        assertThat(refused.reason()).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void aFileLargerThanAnyBatchIsRefusedFromItsSizeUnread() throws IOException {
        Path file = folder.resolve("huge.mdbatch");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ReceivedBatch.MAX_FILE + 1);
        }

        BatchRefused refused = refusal(file);

        assertThat(refused.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(refused.getMessage()).contains("huge.mdbatch", "at most 16 MiB");
    }

    @Test
    void aPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = folder.resolve("pipe.mdbatch");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).isZero();

        assertThat(refusal(fifo).reason()).isEqualTo(Reason.NOT_A_BATCH);
    }

    @Test
    void devicesAndFoldersAreRefusedAtOnce() {
        for (Path notAFile : new Path[] {Path.of("/dev/zero"), Path.of("/dev/urandom"), folder}) {
            BatchRefused refused = refusal(notAFile);

            assertThat(refused.reason()).isEqualTo(Reason.NOT_A_BATCH);
            assertThat(refused.getMessage()).contains(notAFile.toString(), "not a regular file");
        }
    }

    @Test
    void aLinkToADeviceIsRefusedToo() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("zero.mdbatch"), Path.of("/dev/zero"));

        assertThat(refusal(link).reason()).isEqualTo(Reason.NOT_A_BATCH);
    }
}
