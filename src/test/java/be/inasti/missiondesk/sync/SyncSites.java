package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.TestDatabases;
import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.workflow.NewMission;
import be.inasti.missiondesk.store.Database;
import be.inasti.missiondesk.store.Engine;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * A central site and desks, each on its own database, registered with one another as in the field: a desk's is a
 * SQLite file; a central office's may be a PostgreSQL database (on the server the tests start).
 */
public final class SyncSites {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    public final Path folder;
    public final Map<String, Services> sites = new LinkedHashMap<>();
    private final AtomicLong files = new AtomicLong();

    public SyncSites(Path folder) {
        this.folder = folder;
    }

    /** A site whose clock starts at 9:00 on {@link #TODAY} (so hybrid clocks get distinct wall times). */
    public Services site(String id, Office office, Role role) {
        return site(id, office, role, Engine.SQLITE);
    }

    /** The same on {@code engine}: a SQLite file named after the site, or a fresh PostgreSQL database. */
    public Services site(String id, Office office, Role role, Engine engine) {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(sites.size()),
                ZoneOffset.UTC);
        String user = "user-" + id.toLowerCase();
        Services services = engine == Engine.SQLITE ? Services.open(folder.resolve(id + ".db"), clock, user)
                : Services.open(Database.open(TestDatabases.fresh(folder), clock), clock, user);
        services.sync().init(id, office, role);
        for (Services other : sites.values()) {
            register(services, other);
            register(other, services);
        }
        sites.put(id, services);
        return services;
    }

    private void register(Services at, Services identityOf) {
        Path identity = folder.resolve("identity-" + files.incrementAndGet() + ".json");
        identityOf.sync().exportIdentity(identity, false);
        at.sync().register(identity);
    }

    public Path export(Services from, String forSite) {
        Path file = folder.resolve("batch-" + files.incrementAndGet() + ".mdb");
        from.sync().export(file, Optional.of(forSite), false, false);
        return file;
    }

    public static Mission titresServices(Services desk, Office office, String assignee) {
        return desk.missions().open(new NewMission(MissionType.TITRES_SERVICES, office, assignee,
                Subject.person(Niss.parse("85073003328"), "Marie Dupont"), Source.FLOW, TODAY.minusDays(5), null,
                Priority.NORMAL, null));
    }

    /**
     * A mission of {@code desk}'s office created centrally and held by the desk, then decided both ways at once: refused
     * on the desk, granted at the centre. Neither side has the other's decision yet.
     */
    public Mission concurrentDecisions(Services central, Services desk, String deskId) {
        Mission m = titresServices(central, Office.NAMUR, "vrenard");
        desk.sync().importBatch(export(central, deskId), false);
        desk.missions().fire(m.id(), "droit-refuse", TODAY);
        central.missions().fire(m.id(), "droit-accorde", TODAY);
        return m;
    }

    /** A digest of every row of every table: two databases with the same digest hold the same data. */
    public static String checksum(Services services, String... tables) {
        DSLContext db = TestServices.store(services).dsl();
        List<String> names = tables.length > 0 ? List.of(tables)
                : db.fetch(TestServices.store(services).engine() == Engine.SQLITE
                        ? "select name from sqlite_master where type = 'table' order by name"
                        : "select table_name from information_schema.tables where table_schema = current_schema() "
                                + "and table_type = 'BASE TABLE' order by table_name")
                        .getValues(0, String.class);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String table : names) {
                digest.update(table.getBytes());
                for (Record row : db.fetch("select * from \"" + table + "\" order by 1, 2")) {
                    digest.update(row.formatCSV(false).getBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
