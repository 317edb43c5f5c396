package be.inasti.missiondesk.sync;

import static be.inasti.missiondesk.store.schema.Tables.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.store.Database;
import be.inasti.missiondesk.store.KeyFile;
import be.inasti.missiondesk.store.KeyRing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The private keys live in an owner-only file beside the database, never in the database: a backup carried away
 * holds no key that signs a batch; a database from before moves its keys there; a restore keeps using them.
 */
class KeysAtRestTest {
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
    void aBackupCopyHoldsNoPrivateKeyAndCannotSignABatch() throws IOException {
        KeyRing keys = KeyRotationTest.keys(namur);
        Path usb = folder.resolve("usb").resolve("nam-07.db");
        namur.database().copyTo(usb);

        byte[] copy = Files.readAllBytes(usb);
        for (byte[] key : KeyRotationTest.privateKeys(keys)) {
            assertThat(contains(copy, key)).isFalse();
            assertThat(contains(copy, Arrays.copyOfRange(key, key.length - 32, key.length))).isFalse();
        }
        DSLContext db = Database.open(usb, Database.Access.READ_ONLY, TestServices.clockAt(SyncSites.TODAY)).dsl();
        assertThat(db.fetchCount(SITE, SITE.SIGNING_PRIVATE.isNotNull().or(SITE.AGREEMENT_PRIVATE.isNotNull())))
                .isZero();

        Services fromTheCopy = Services.open(usb, TestServices.clockAt(SyncSites.TODAY), "thief");
        assertThatThrownBy(() -> fromTheCopy.sync().export(folder.resolve("forged.mdb"), Optional.of("CENTRAL"), false,
                false))
                .isInstanceOf(DomainException.class).hasMessageContaining("NAM-07").hasMessageContaining(".keys");
        assertThat(folder.resolve("forged.mdb")).doesNotExist();
    }

    @Test
    void theKeyFileIsOwnerOnlyAndNamesItsSite() throws IOException {
        Path keyFile = KeyFile.beside(TestServices.store(namur)).file();

        assertThat(keyFile).hasFileName("NAM-07.db.keys");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(KeyRotationTest.keys(namur).site()).isEqualTo("NAM-07");
    }

    @Test
    void aDatabaseThatStillHoldsItsKeysGivesThemToTheKeyFileAndKeepsWorking() throws IOException {
        KeyRing keys = KeyRotationTest.keys(namur);
        Path file = namur.database().file();
        Files.delete(KeyFile.beside(TestServices.store(namur)).file());
        DSLContext db = TestServices.store(namur).dsl();
        db.update(SITE).set(SITE.SIGNING_PRIVATE, keys.current().signingPrivate())
                .set(SITE.AGREEMENT_PRIVATE, keys.current().agreementPrivate()).where(SITE.ID.eq("NAM-07")).execute();
        // A database from before V6: the migrations after it are undone too, so that Flyway runs them all again.
        db.execute("alter table clock drop column stopped_office");
        db.execute("delete from flyway_schema_history where version in ('6', '7')");

        Services upgraded = Services.open(file, TestServices.clockAt(SyncSites.TODAY), "user-nam-07");

        KeyRing moved = KeyRotationTest.keys(upgraded);
        assertThat(moved.current().signingPrivate()).isEqualTo(keys.current().signingPrivate());
        assertThat(moved.current().agreementPrivate()).isEqualTo(keys.current().agreementPrivate());
        assertThat(TestServices.store(upgraded).dsl().fetchCount(SITE, SITE.SIGNING_PRIVATE.isNotNull())).isZero();
        SyncSites.titresServices(upgraded, Office.NAMUR, "vrenard");
        assertThat(central.sync().importBatch(sites.export(upgraded, "CENTRAL"), false).applied()).isPositive();
    }

    @Test
    void aRestoredDatabaseKeepsSigningWithTheKeyFile() {
        Path copy = folder.resolve("copy.db");
        namur.database().copyTo(copy);
        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");

        namur.database().restore(copy);

        SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
        assertThat(central.sync().importBatch(sites.export(namur, "CENTRAL"), false).applied()).isPositive();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
