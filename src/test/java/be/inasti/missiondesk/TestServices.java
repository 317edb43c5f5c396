package be.inasti.missiondesk;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.store.Database;
import be.inasti.missiondesk.store.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Services on a real SQLite file in a test's temporary folder (or a real PostgreSQL database), with "today" fixed. */
public final class TestServices {
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private TestServices() {
    }

    public static Clock clockAt(LocalDate today) {
        return Clock.fixed(today.atTime(10, 0).atZone(BRUSSELS).toInstant(), BRUSSELS);
    }

    public static Services open(Path folder, LocalDate today) {
        return open(Engine.SQLITE, folder, today);
    }

    /** On either engine: a file in {@code folder}, or a fresh PostgreSQL database (see {@link TestDatabases}). */
    public static Services open(Engine engine, Path folder, LocalDate today) {
        return engine == Engine.SQLITE ? Services.open(folder.resolve("missiondesk.db"), clockAt(today), "tester")
                : Services.open(TestDatabases.open(engine, folder, "missiondesk.db"), clockAt(today), "tester");
    }

    /** The same, filled with demo missions (the same seed gives the same missions). */
    public static Services withDemo(Path folder, LocalDate today, int missions, long seed) {
        return withDemo(Engine.SQLITE, folder, today, missions, seed);
    }

    public static Services withDemo(Engine engine, Path folder, LocalDate today, int missions, long seed) {
        Services services = open(engine, folder, today);
        services.demo().generate(missions, seed, Progress.NONE);
        return services;
    }

    /**
     * The store's own handle on the services' database, for tests that look under the application services (the
     * services hand out none): a connection of its own on the same file.
     */
    public static Database store(Services services) {
        return Services.onServer(services.database().location())
                ? TestDatabases.reopen(services.database().location(), services.database().file().getParent())
                : Database.open(services.database().file());
    }
}
