package be.inasti.missiondesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.store.Backups;
import be.inasti.missiondesk.store.KeyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file MissionDesk writes is owner-only (600), and so is the backups folder (700). */
class OwnerOnlyFilesTest {
    @TempDir
    Path folder;

    @Test
    void everyFileWrittenIsOwnerOnly() throws IOException {
        SyncSites sites = new SyncSites(folder);
        Services central = sites.site("CENTRAL", Office.CENTRAL, Role.CENTRAL);
        Services namur = sites.site("NAM-07", Office.NAMUR, Role.CASEWORKER);
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        Path batch = sites.export(namur, "CENTRAL");
        central.sync().importBatch(batch, false);
        Path identity = folder.resolve("identity.json");
        namur.sync().exportIdentity(identity, false);
        Path usb = folder.resolve("usb").resolve("copy.db");
        namur.database().copyTo(usb);
        Path database = central.database().file();

        assertThat(mode(folder.resolve("backups"))).isEqualTo("rwx------");
        try (Stream<Path> copies = Files.list(folder.resolve("backups"))) {
            assertThat(copies.map(OwnerOnlyFilesTest::mode)).isNotEmpty().containsOnly("rw-------");
        }
        Path keys = KeyFile.beside(TestServices.store(central)).file();
        for (Path file : new Path[] {database, batch, identity, usb, keys}) {
            assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------");
        }
        TestServices.store(central).dsl().connection(open -> {  // SQLite removes them when the last connection closes
            open.createStatement().executeQuery("select count(*) from site").close();
            assertThat(mode(sibling(database, "-wal"))).isEqualTo("rw-------");
            assertThat(mode(sibling(database, "-shm"))).isEqualTo("rw-------");
        });
    }

    @Test
    void aDatabaseAndBackupsFromBeforeBecomeOwnerOnly() throws IOException {
        Services before = TestServices.open(folder, SyncSites.TODAY);
        Path database = before.database().file();
        Path backups = before.database().backupFolder();
        Path oldCopy = backups.resolve("missiondesk-20260101-090000-000-before-import.db");
        Backups.of(TestServices.store(before)).copyTo(oldCopy);  // the service refuses to write into the backups
        Path copy = folder.resolve("copy.db");
        before.database().copyTo(copy);
        for (Path file : new Path[] {database, oldCopy}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.setPosixFilePermissions(backups, PosixFilePermissions.fromString("rwxr-xr-x"));

        TestServices.open(folder, SyncSites.TODAY).database().restore(copy);

        assertThat(mode(database)).isEqualTo("rw-------");
        assertThat(mode(backups)).isEqualTo("rwx------");
        assertThat(mode(oldCopy)).isEqualTo("rw-------");
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static String mode(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (IOException e) {
            throw new AssertionError(file + " is not there", e);
        }
    }
}
