package be.inasti.missiondesk;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Services on a real SQLite file in a test's temporary folder, with "today" fixed. */
public final class TestServices {
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private TestServices() {
    }

    public static Clock clockAt(LocalDate today) {
        return Clock.fixed(today.atTime(10, 0).atZone(BRUSSELS).toInstant(), BRUSSELS);
    }

    public static Services open(Path folder, LocalDate today) {
        return Services.open(folder.resolve("missiondesk.db"), clockAt(today), "tester");
    }

    /** The same, filled with demo missions (the same seed gives the same missions). */
    public static Services withDemo(Path folder, LocalDate today, int missions, long seed) {
        Services services = open(folder, today);
        services.demo().generate(missions, seed, Progress.NONE);
        return services;
    }

    /**
     * The store's own handle on the services' database, for tests that look under the application services (the
     * services hand out none): a connection of its own on the same file.
     */
    public static Database store(Services services) {
        return Database.open(services.database().file());
    }
}
