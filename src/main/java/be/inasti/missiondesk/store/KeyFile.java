package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.SITE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * This site's private keys, out of the database: in an owner-only file beside it ({@code <database>.keys}, JSON,
 * a {@link KeyRing}), so that a copy of the database — a backup, which may travel on a USB stick — holds no key
 * that signs or opens a batch. The file is replaced whole (an owner-only temporary file renamed over it), never
 * rewritten in place, so a crash leaves the old keys or the new ones.
 */
public final class KeyFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = ".keys";

    private final Path file;

    private KeyFile(Path file) {
        this.file = file;
    }

    /** The key file of this database, beside it and named after it. */
    public static KeyFile beside(Database database) {
        return new KeyFile(database.file().resolveSibling(database.file().getFileName() + SUFFIX));
    }

    public Path file() {
        return file;
    }

    /** The keys, or empty when there is no key file (not a site yet, or a database moved without its keys). */
    public Optional<KeyRing> read() {
        try {
            return Optional.of(JSON.readValue(Files.readAllBytes(file), KeyRing.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException(e, "file.keysUnreadable", file, e.getMessage().lines().findFirst().orElse(""));
        }
    }

    public void write(KeyRing keys) {
        try {
            SafeFiles.write(file, JSON.writeValueAsBytes(keys), ".missiondesk-keys-");
        } catch (IOException e) {
            throw new StoreException(e, "file.cannotWrite", file, e.getMessage());
        }
    }

    /**
     * Before the migration that empties the database's key columns: this site's keys, when the database still holds
     * them, go to the key file — unless one is there already, which is newer (a database restored from a copy taken
     * before the keys left it must not bring old keys back).
     */
    void moveOutOf(DSLContext db) {
        boolean sites = db.fetchExists(db.selectOne().from("sqlite_master").where("type = 'table' and name = 'site'"));
        if (!sites || Files.exists(file)) {
            return;
        }
        db.selectFrom(SITE).where(SITE.IS_SELF.isTrue()).and(SITE.SIGNING_PRIVATE.isNotNull()).fetchOptional()
                .ifPresent(r -> write(KeyRing.of(r.getId(), new KeyRing.KeyPairs(r.getSigningKey(),
                        r.getSigningPrivate(), r.getAgreementKey(), r.getAgreementPrivate()))));
    }
}
