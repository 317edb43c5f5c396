package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.sync.Site;
import be.inasti.missiondesk.store.KeyFile;
import be.inasti.missiondesk.store.SyncStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * Batches forged as someone holding a registered site's real keys would forge them (a stolen laptop, a lost backup,
 * a rogue insider): any operations, any manifest, signed with the site's own Ed25519 key and sealed for the
 * destination as MissionDesk seals them. The operations are JSON objects of any fields and values.
 */
final class Forge {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Within the day of the sites' clocks: a forged time the receiver accepts unless a test says otherwise. */
    static final Instant AT = SyncSites.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC);

    /** A centre holding a mission of NAMUR's desk and one of WAVRE's, and a forge holding WAVRE's desk's keys. */
    record Scene(Services central, Mission namurMission, Mission wavreMission, Forge forge) {
        static Scene in(Path folder) {
            SyncSites sites = new SyncSites(folder);
            Services central = sites.site("CENTRAL", Office.CENTRAL, Role.CENTRAL);
            Services namur = sites.site("NAM-07", Office.NAMUR, Role.CASEWORKER);
            Services wavre = sites.site("WAV-01", Office.WAVRE, Role.CASEWORKER);
            Mission namurMission = SyncSites.titresServices(namur, Office.NAMUR, "vrenard");
            Mission wavreMission = SyncSites.titresServices(wavre, Office.WAVRE, "slambert");
            central.sync().importBatch(sites.export(namur, "CENTRAL"), false);
            central.sync().importBatch(sites.export(wavre, "CENTRAL"), false);
            return new Scene(central, namurMission, wavreMission, new Forge(wavre, central, folder));
        }

        /** The columns of an entity's creation, as the centre logged it. */
        Map<String, String> logged(String entity, String column, String id) {
            String json = TestServices.store(central).dsl().fetchOne("select new_value from operation where"
                    + " entity = ? and field = '*' and " + column + " = ?", entity, id).get(0, String.class);
            try {
                @SuppressWarnings("unchecked")
                Map<String, String> columns = JSON.readValue(json, LinkedHashMap.class);
                return columns;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final String source;
    private final byte[] signingKey;
    private final Site destination;
    private final SyncStore destinationStore;
    private final Path folder;
    private final AtomicLong sequence = new AtomicLong(10_000);

    Forge(Services from, Services to, Path folder) {
        SyncStore own = new SyncStore(TestServices.store(from));
        this.source = own.self().orElseThrow().id();
        this.signingKey = KeyFile.beside(TestServices.store(from)).read().orElseThrow().current().signingPrivate();
        this.destinationStore = new SyncStore(TestServices.store(to));
        this.destination = destinationStore.self().orElseThrow();
        this.folder = folder;
    }

    String source() {
        return source;
    }

    /** An operation of the source's own, numbered after anything it sent, at {@link #AT}: a test changes any field. */
    Map<String, Object> operation(String entity, String entityId, String missionId, String field, String oldValue,
            String newValue) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("origin", source);
        op.put("originSeq", sequence.incrementAndGet());
        op.put("hlc", AT.toEpochMilli());
        op.put("author", "forger");
        op.put("recordedAt", AT.toString());
        op.put("entity", entity);
        op.put("entityId", entityId);
        op.put("missionId", missionId);
        op.put("field", field);
        op.put("oldValue", oldValue);
        op.put("newValue", newValue);
        return op;
    }

    /** The batch right after what the destination applied of the source, covering exactly its operations. */
    Path batch(List<Map<String, Object>> operations) {
        long from = destinationStore.partner(source).appliedPos() + 1;
        return batch(new Stretch(from, from + operations.size() - 1, 0), operations, new byte[0]);
    }

    /** Any stretch, and bytes after the payload's JSON (none for an honest batch). */
    Path batch(Stretch stretch, List<Map<String, Object>> operations, byte[] trailing) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try {
            json.writeBytes(JSON.writeValueAsBytes(Map.of(Payload.OPERATIONS, operations)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.writeBytes(trailing);
        long missions = operations.stream().map(o -> o.get("missionId")).distinct().count();
        return file(stretch, operations.size(), missions, gzip(json.toByteArray()));
    }

    /** Any gzipped payload, under a manifest announcing these counts. */
    Path file(Stretch stretch, long operations, long missions, byte[] gzipped) {
        String id = UUID.randomUUID().toString();
        try {
            BatchCrypto.Sealing sealing = BatchCrypto.sealing(BatchCrypto.publicKey(BatchCrypto.AGREEMENT,
                    destination.agreementKey()), id.getBytes(StandardCharsets.US_ASCII));
            sealing.update(gzipped);
            BatchCrypto.Sealed sealed = sealing.finish();
            Base64.Encoder b64 = Base64.getEncoder();
            BatchHeader header = new BatchHeader(BatchHeader.FORMAT, BatchHeader.VERSION, id, source,
                    destination.id(), stretch.fromPos(), stretch.toPos(), stretch.acknowledges(), operations, missions,
                    AT, b64.encodeToString(sealed.ephemeralKey()), b64.encodeToString(sealed.nonce()),
                    sealed.ciphertext().length, BatchFile.sha256(sealed.ciphertext()), null);
            byte[] headerBytes = BatchFile.headerBytes(header);
            Path file = folder.resolve("forged-" + id + ".mdb");
            BatchFile.write(file, headerBytes, BatchCrypto.sign(BatchCrypto.privateKey(BatchCrypto.SIGNING,
                    signingKey), BatchFile.MAGIC, headerBytes, sealed.ciphertext()), sealed.ciphertext());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A create's columns as MissionDesk writes them (every value a string or null), in the given order. */
    static String columns(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, Object>> list(Map<String, Object>... operations) {
        return new ArrayList<>(List.of(operations));
    }
}
