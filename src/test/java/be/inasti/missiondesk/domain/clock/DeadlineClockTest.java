package be.inasti.missiondesk.domain.clock;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.calendar.BelgianCalendar;
import be.inasti.missiondesk.domain.catalogue.Catalogue;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineClockTest {
    private static final Catalogue CATALOGUE = Catalogue.bundled();
    private static final UUID ID = new UUID(0, 1);
    private final BelgianCalendar calendar = new BelgianCalendar();

    private static DeadlineClock start(String objective, String on) {
        LocalDate date = parse(on);
        return DeadlineClock.start(ID, CATALOGUE.objective(objective, date), "2019-2020", date);
    }

    @ParameterizedTest(name = "{0} started {1} is due {2}")
    @CsvSource({
            "CNH 4-02, 2024-01-31, 2024-03-01",   // 30 days over 29 February
            "CNH 4-02, 2023-01-31, 2023-03-02",
            "CNH 4-01, 2024-03-01, 2024-03-21",
            "CNH 4-01, 2024-12-20, 2025-01-09",   // over the year end
            "ECL 2-02, 2024-02-29, 2025-02-28",   // 365 days from a leap day
            "ECL 2-02, 2023-03-01, 2024-02-29",   // 365 days landing on a leap day
            "ECL 5-01, 2024-01-31, 2024-04-30",   // the first tier is the one shown
            "SOVCNH 1-01, 2024-01-01, 2024-05-31",
            "SOVCNH 1-01, 2024-06-01, 2025-05-31",
            "ECL 1-01, 2024-03-10, 2024-12-31",
    })
    void due_on_start_plus_the_tier_days_in_calendar_days(String objective, String started, LocalDate due) {
        DeadlineClock clock = start(objective, started);

        assertThat(clock.dueOn()).isEqualTo(due);
        assertThat(clock.isOpen()).isTrue();
        assertThat(clock.objectiveCode()).isEqualTo(objective);
        assertThat(clock.catalogueVersion()).isEqualTo("2019-2020");
    }

    @Test
    void stopped_on_the_due_date_is_met_one_day_later_missed() {
        DeadlineClock clock = start("CNH 4-02", "2024-01-31");

        assertThat(clock.stop(parse("2024-03-01")).state(parse("2024-06-01"))).isEqualTo(ClockState.MET);
        assertThat(clock.stop(parse("2024-03-02")).state(parse("2024-06-01"))).isEqualTo(ClockState.MISSED);
        assertThat(clock.stop(parse("2024-01-31")).state(parse("2024-01-31"))).isEqualTo(ClockState.MET);
    }

    @ParameterizedTest(name = "CNH 4-01 (20 d, due 2024-03-21) on {0}: {1}")
    @CsvSource({
            "2024-03-01, ON_TRACK",
            "2024-03-16, ON_TRACK",   // 5 days left
            "2024-03-17, AT_RISK",    // 4 days left: the last 20 % of 20 days
            "2024-03-21, AT_RISK",    // due today
            "2024-03-22, OVERDUE",
            "2024-05-01, OVERDUE",
    })
    void a_20_day_clock_is_at_risk_from_4_days_left(LocalDate today, ClockState state) {
        DeadlineClock clock = start("CNH 4-01", "2024-03-01");

        assertThat(clock.atRiskWindowDays()).isEqualTo(4);
        assertThat(clock.state(today)).isEqualTo(state);
    }

    @ParameterizedTest(name = "INT 1-01 (7 d, due 2024-03-08) on {0}: {1}")
    @CsvSource({
            "2024-03-04, ON_TRACK",   // 4 days left
            "2024-03-05, AT_RISK",    // 3 days left: 20 % of 7 is less than the 3-day floor
            "2024-03-08, AT_RISK",
            "2024-03-09, OVERDUE",
    })
    void a_7_day_clock_is_at_risk_from_3_days_left(LocalDate today, ClockState state) {
        DeadlineClock clock = start("INT 1-01", "2024-03-01");

        assertThat(clock.atRiskWindowDays()).isEqualTo(3);
        assertThat(clock.state(today)).isEqualTo(state);
    }

    @ParameterizedTest(name = "{0}: at risk in the last {1} days")
    @CsvSource({
            "INT 1-01, 3",
            "CNH 4-01, 4",
            "CNH 4-02, 6",
            "ECL 4-02, 12",
            "ECL 5-01, 18",    // judged on the first tier (90 d), not the second
            "ECL 2-02, 73",
    })
    void the_at_risk_window_is_a_fifth_of_the_first_tier_but_at_least_3_days(String objective, long window) {
        assertThat(start(objective, "2024-03-01").atRiskWindowDays()).isEqualTo(window);
    }

    @ParameterizedTest(name = "{0} started 2024-03-01, seen {1}: {2} % used, at risk from {3} %")
    @CsvSource({
            "CNH 4-01, 2024-03-16, 75, 80, ON_TRACK",    // 15 of 20 days
            "CNH 4-01, 2024-03-17, 80, 80, AT_RISK",     // 16 of 20: the last fifth begins
            "CNH 4-01, 2024-03-23, 110, 80, OVERDUE",    // 22 of 20
            "INT 1-01, 2024-03-04, 42, 57, ON_TRACK",    // 3 of 7
            "INT 1-01, 2024-03-05, 57, 57, AT_RISK",     // 4 of 7: the 3-day floor, not a fifth
            "ECL 2-02, 2024-12-31, 83, 80, AT_RISK",     // 305 of 365 days, 60 days left
            "ECL 2-02, 2024-12-10, 77, 80, ON_TRACK",    // 284 of 365 days, 81 days left
    })
    void the_share_of_the_deadline_used_says_why_a_clock_is_at_risk(String objective, LocalDate today, long used,
            long from, ClockState state) {
        DeadlineClock clock = start(objective, "2024-03-01");

        assertThat(clock.usedPercent(today)).isEqualTo(used);
        assertThat(clock.atRiskFromPercent()).isEqualTo(from);
        assertThat(clock.state(today)).isEqualTo(state);
    }

    @ParameterizedTest(name = "CNH 4-01 due 2024-03-21 seen {0}: {1} days, {2} working days")
    @CsvSource({
            "2024-03-15, 6,  4",    // Friday: Mon 18 to Thu 21
            "2024-03-18, 3,  3",
            "2024-03-21, 0,  0",    // due today: 0 and 0
            "2024-03-22, -1, -1",   // Friday, one working day late
            "2024-03-25, -4, -2",   // Monday: Friday 22 and Monday 25 late, the weekend not
            "2024-04-02, -12, -7",  // Easter Monday 1 April is not a working day
    })
    void the_countdown_tells_calendar_and_working_days_left(LocalDate today, long days, long workingDays) {
        Countdown countdown = start("CNH 4-01", "2024-03-01").countdown(today, calendar);

        assertThat(countdown.dueOn()).isEqualTo(parse("2024-03-21"));
        assertThat(countdown.remainingDays()).isEqualTo(days);
        assertThat(countdown.remainingWorkingDays()).isEqualTo(workingDays);
    }

    @Test
    void a_clock_due_on_easter_monday_has_one_working_day_left_from_the_thursday_before() {
        Countdown countdown = start("CNH 4-01", "2024-03-12").countdown(parse("2024-03-28"), calendar);

        assertThat(countdown.dueOn()).isEqualTo(parse("2024-04-01"));
        assertThat(countdown.remainingDays()).isEqualTo(4);
        assertThat(countdown.remainingWorkingDays()).isEqualTo(1);
        assertThat(countdown.state()).isEqualTo(ClockState.AT_RISK);
    }

    @Test
    void a_stopped_clock_shows_the_margin_it_was_met_with() {
        DeadlineClock stopped = start("CNH 4-01", "2024-03-01").stop(parse("2024-03-19"));

        Countdown countdown = stopped.countdown(parse("2024-04-10"), calendar);

        assertThat(countdown.remainingDays()).isEqualTo(2);
        assertThat(countdown.remainingWorkingDays()).isEqualTo(2);
        assertThat(countdown.state()).isEqualTo(ClockState.MET);
    }

    @Test
    void a_clock_stopped_late_shows_how_late_it_was() {
        DeadlineClock stopped = start("CNH 4-01", "2024-03-01").stop(parse("2024-03-25"));

        Countdown countdown = stopped.countdown(parse("2024-04-10"), calendar);

        assertThat(countdown.remainingDays()).isEqualTo(-4);
        assertThat(countdown.remainingWorkingDays()).isEqualTo(-2);
        assertThat(countdown.state()).isEqualTo(ClockState.MISSED);
    }

    @Test
    void ecl_5_01_has_two_tier_deadlines() {
        DeadlineClock clock = start("ECL 5-01", "2024-01-31");

        assertThat(clock.tiers()).containsExactly(
                new TierDeadline(parse("2024-04-30"), 50), new TierDeadline(parse("2024-07-29"), 80));
        assertThat(clock.firstTierDays()).isEqualTo(90);
    }

    @ParameterizedTest(name = "ECL 5-01 stopped {0}: 90 d met {1}, 180 d met {2}, state {3}")
    @CsvSource({
            "2024-04-30, true,  true,  MET",
            "2024-05-01, false, true,  MISSED",   // the state is judged on the first tier
            "2024-07-29, false, true,  MISSED",
            "2024-07-30, false, false, MISSED",
    })
    void each_tier_is_met_when_stopped_by_its_own_due_date(LocalDate stoppedOn, boolean first, boolean second,
            ClockState state) {
        DeadlineClock stopped = start("ECL 5-01", "2024-01-31").stop(stoppedOn);

        assertThat(stopped.metTier(0)).isEqualTo(first);
        assertThat(stopped.metTier(1)).isEqualTo(second);
        assertThat(stopped.state(parse("2024-12-31"))).isEqualTo(state);
    }

    @Test
    void an_open_clock_has_met_no_tier() {
        DeadlineClock clock = start("ECL 5-01", "2024-01-31");

        assertThat(clock.metTier(0)).isFalse();
        assertThat(clock.metTier(1)).isFalse();
    }

    @Test
    void a_clock_cannot_stop_before_it_started() {
        DeadlineClock clock = start("CNH 4-01", "2024-03-01");

        assertThatThrownBy(() -> clock.stop(parse("2024-02-29")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("CNH 4-01").hasMessageContaining("2024-02-29").hasMessageContaining("2024-03-01");
        assertThatThrownBy(() -> clock.cancel(parse("2024-02-29"))).isInstanceOf(DomainException.class);
    }

    @Test
    void a_clock_cannot_stop_twice() {
        DeadlineClock stopped = start("CNH 4-01", "2024-03-01").stop(parse("2024-03-05"));

        assertThatThrownBy(() -> stopped.stop(parse("2024-03-06")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("already stopped on 2024-03-05");
        assertThatThrownBy(() -> stopped.cancel(parse("2024-03-06"))).isInstanceOf(DomainException.class);
    }

    @Test
    void a_cancelled_clock_is_closed_and_counts_neither_met_nor_missed() {
        DeadlineClock cancelled = start("ECL 2-04", "2024-03-01").cancel(parse("2024-06-01"));

        assertThat(cancelled.isOpen()).isFalse();
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.stoppedOn()).isEqualTo(parse("2024-06-01"));
        assertThat(cancelled.state(parse("2025-01-01"))).isEqualTo(ClockState.CANCELLED);
        assertThat(cancelled.metTier(0)).isFalse();
        assertThatThrownBy(() -> cancelled.stop(parse("2024-06-02"))).isInstanceOf(DomainException.class);
    }

    @Test
    void stopping_returns_a_new_clock_and_leaves_the_old_one_open() {
        DeadlineClock clock = start("CNH 4-01", "2024-03-01");

        DeadlineClock stopped = clock.stop(parse("2024-03-05"));

        assertThat(clock.isOpen()).isTrue();
        assertThat(stopped.isOpen()).isFalse();
        assertThat(stopped.id()).isEqualTo(clock.id());
    }

    @Test
    void only_met_missed_and_cancelled_are_closed_states() {
        assertThat(ClockState.values()).filteredOn(ClockState::isOpen)
                .containsExactly(ClockState.ON_TRACK, ClockState.AT_RISK, ClockState.OVERDUE);
    }
}
