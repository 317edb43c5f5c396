package be.inasti.missiondesk.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading the log's dates and instants gives what the JDK's parsers give, errors included. */
class IsoTextTest {
    @Test
    void whatToStringWroteReadsBackTheSame() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(-2_000_000_000L, 5_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nanos);
            LocalDate date = LocalDate.ofEpochDay(second / 86_400);

            assertThat(IsoText.instant(instant.toString())).isEqualTo(instant);
            assertThat(IsoText.date(date.toString())).isEqualTo(date);
        }
    }

    @Test
    void otherFormsAreLeftToTheJdk() {
        for (String text : List.of("2026-11-23T10:00:00+01:00", "2026-12-31T23:59:60Z", "+10000-01-01T00:00:00Z",
                "2026-11-23T09:00:00.5Z", "2026-11-23T09:00:00.1234Z", "2026-11-23T24:00:00Z",
                "2026-11-23T09:00:00.Z")) {
            assertThat(IsoText.instant(text)).as(text).isEqualTo(Instant.parse(text));
        }
        assertThat(IsoText.date("+12026-11-23")).isEqualTo(LocalDate.parse("+12026-11-23"));
    }

    @Test
    void impossibleOrMalformedTextFailsAsTheJdkFails() {
        for (String text : List.of("2026-02-30T00:00:00Z", "2026-11-23T25:00:00Z", "2026-11-23 09:00:00Z",
                "2026-11-23T09:00:00", "")) {
            assertThatThrownBy(() -> IsoText.instant(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
        for (String text : List.of("2026-02-30", "2026-13-01", "2026-1-01", "23/11/2026")) {
            assertThatThrownBy(() -> IsoText.date(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }
}
