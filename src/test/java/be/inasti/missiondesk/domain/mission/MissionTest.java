package be.inasti.missiondesk.domain.mission;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MissionTest {
    private static final Catalogue CATALOGUE = Catalogue.bundled();

    private static DeadlineClock clock(long id, String objective, String on) {
        LocalDate date = parse(on);
        return DeadlineClock.start(new UUID(0, id), CATALOGUE.objective(objective, date), "2019-2020", date);
    }

    private static Mission withClocks(List<DeadlineClock> clocks) {
        return new Mission(new UUID(0, 99), MissionType.ECL_AFA, Office.LIBRAMONT, "alice", "RECEIVED",
                Priority.NORMAL, Subject.unidentified("X"), Source.DOCUMENT, parse("2024-03-01"), null, null, null,
                false, clocks);
    }

    @Test
    void the_most_urgent_clock_is_the_open_one_due_first() {
        DeadlineClock registered = clock(1, "ECL 2-01", "2024-03-01").stop(parse("2024-03-10")); // due 05-30
        DeadlineClock contact = clock(2, "ECL 2-04", "2024-03-01");                             // due 08-28
        DeadlineClock decision = clock(3, "ECL 2-02", "2024-03-01");                            // due 2025-03-01
        Mission mission = withClocks(List.of(decision, registered, contact));

        assertThat(mission.openClocks()).containsExactly(decision, contact);
        assertThat(mission.mostUrgentClock()).contains(contact);
        assertThat(mission.urgency(parse("2024-06-01"))).isEqualTo(ClockState.ON_TRACK);
        assertThat(mission.urgency(parse("2024-08-01"))).isEqualTo(ClockState.AT_RISK); // 27 days of a 36-day window
        assertThat(mission.urgency(parse("2024-08-29"))).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void a_mission_without_open_clock_is_on_track() {
        Mission mission = withClocks(List.of(clock(1, "ECL 2-01", "2024-03-01").stop(parse("2024-12-01"))));

        assertThat(mission.mostUrgentClock()).isEmpty();
        assertThat(mission.urgency(parse("2025-01-01"))).isEqualTo(ClockState.ON_TRACK);
    }
}
