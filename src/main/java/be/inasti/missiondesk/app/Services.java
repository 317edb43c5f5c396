package be.inasti.missiondesk.app;

import be.inasti.missiondesk.app.attainment.AttainmentService;
import be.inasti.missiondesk.app.database.DatabaseService;
import be.inasti.missiondesk.app.files.OutputFiles;
import be.inasti.missiondesk.app.flows.FlowImportService;
import be.inasti.missiondesk.app.report.ReportService;
import be.inasti.missiondesk.app.sync.SyncService;
import be.inasti.missiondesk.domain.attainment.Attainment;
import be.inasti.missiondesk.domain.calendar.BelgianCalendar;
import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.mission.Actor;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.workflow.MissionLifecycle;
import be.inasti.missiondesk.domain.workflow.Workflows;
import be.inasti.missiondesk.flows.Caisses;
import be.inasti.missiondesk.flows.FlowPlanner;
import be.inasti.missiondesk.store.AffiliateStore;
import be.inasti.missiondesk.store.AttainmentStore;
import be.inasti.missiondesk.store.Backups;
import be.inasti.missiondesk.store.Database;
import be.inasti.missiondesk.store.FlowStore;
import be.inasti.missiondesk.store.KeyFile;
import be.inasti.missiondesk.store.MissionStore;
import be.inasti.missiondesk.store.PostgresServer;
import be.inasti.missiondesk.store.PostgresUrl;
import be.inasti.missiondesk.store.QueueStore;
import be.inasti.missiondesk.store.SettingStore;
import be.inasti.missiondesk.store.SyncStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * The composition root shared by the window and the command line: one database, one clock, one user, and the
 * services built on them. Nothing else creates services, so nothing else needs a static locator.
 */
public record Services(
        Catalogue catalogue,
        Clock clock,
        Actor actor,
        MissionService missions,
        QueueService queue,
        AttainmentService attainment,
        DemoData demo,
        SyncService sync,
        FlowImportService flows,
        TeamService team,
        ReportService reports,
        DatabaseService database,
        Settings settings,
        ProfileService profile) {

    public static Services open(Path databaseFile, Clock clock, String user) {
        return open(Database.open(databaseFile, Database.Access.NORMAL, clock), clock, user);
    }

    /** Whether {@code location} names a PostgreSQL database (a central office's) rather than a SQLite file. */
    public static boolean onServer(String location) {
        return PostgresUrl.parse(location).isPresent();
    }

    /**
     * On a PostgreSQL database named by its URL; who connects and the password are found as PostgreSQL's own tools
     * find them (the URL, {@code PGUSER}, {@code PGPASSWORD}, {@code ~/.pgpass}); the files this site keeps out of
     * the database (its keys) go to {@code localFolder}.
     */
    public static Services onServer(String url, Map<String, String> env, Path home, String osUser, Path localFolder,
            Clock clock, String user) {
        PostgresServer server = PostgresServer.of(PostgresUrl.parse(url).orElseThrow(), env, home, osUser,
                localFolder);
        return open(Database.open(server, clock), clock, user);
    }

    /**
     * On a database opened another way (read-only, or size-capped to rehearse a full disk). The services read a few
     * settings as they start: a damaged database is said to be one.
     */
    public static Services open(Database database, Clock clock, String user) {
        try {
            return build(database, clock, user);
        } catch (RuntimeException e) {
            throw database.explained(e);
        }
    }

    private static Services build(Database database, Clock clock, String user) {
        Catalogue catalogue = Catalogue.bundled();
        Settings settings = new Settings(new SettingStore(database));
        Actor actor = new Actor(user, () -> settings.get("site.id").orElse(SyncService.PROVISIONAL_SITE),
                clock);
        MissionStore missionStore = new MissionStore(database, catalogue);
        MissionLifecycle lifecycle = new MissionLifecycle(catalogue, Workflows.bundled(), UUID::randomUUID);
        Backups backups = Backups.of(database);
        OutputFiles outputs = new OutputFiles(database.file(), backups.folder());
        MissionService missions = new MissionService(lifecycle, missionStore, clock, actor);
        QueueService queue = new QueueService(new QueueStore(database, catalogue), new BelgianCalendar(), clock);
        AttainmentService attainment = new AttainmentService(new Attainment(catalogue), new AttainmentStore(database),
                clock);
        SyncService sync = new SyncService(new SyncStore(database), KeyFile.beside(database), backups, clock,
                actor, outputs);
        return new Services(catalogue, clock, actor, missions, queue, attainment,
                new DemoData(catalogue, missionStore, clock, actor), sync,
                flows(database, lifecycle, backups, clock, actor, outputs),
                new TeamService(queue, missions, clock, () -> sync.self()
                        .map(s -> Role.parse(s.role()).mayReassign()).orElse(true)),
                new ReportService(attainment, clock, outputs),
                new DatabaseService(database, clock, actor::site, outputs), settings, new ProfileService(settings));
    }

    private static FlowImportService flows(Database database, MissionLifecycle lifecycle, Backups backups, Clock clock,
            Actor actor, OutputFiles outputs) {
        FlowStore store = new FlowStore(database);
        FlowPlanner planner = new FlowPlanner(lifecycle, store, new AffiliateStore(database), Caisses.bundled());
        return new FlowImportService(planner, store, backups, clock, actor, outputs);
    }
}
