package be.inasti.missiondesk;

import be.inasti.missiondesk.app.Services;
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
}
