package be.inasti.missiondesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TodayTest {
    private final MovableClock clock = new MovableClock(TestServices.clockAt(DeskFixture.TODAY)); // 10:00
    private final Today today = new Today(clock);
    private final List<LocalDate> seen = new ArrayList<>();

    @Test
    void changesOnlyWhenTheInjectedClockPassesMidnight() {
        today.dateProperty().addListener((o, was, now) -> seen.add(now));

        clock.advance(Duration.ofHours(13));
        today.tick();
        assertThat(seen).isEmpty();

        clock.advance(Duration.ofHours(1));
        today.tick();
        today.tick();
        assertThat(seen).containsExactly(DeskFixture.TODAY.plusDays(1));
        assertThat(today.get()).isEqualTo(DeskFixture.TODAY.plusDays(1));
    }
}
