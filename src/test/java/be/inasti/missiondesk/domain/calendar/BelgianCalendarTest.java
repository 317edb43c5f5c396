package be.inasti.missiondesk.domain.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BelgianCalendarTest {
    private final BelgianCalendar calendar = new BelgianCalendar();

    @Test
    void the_ten_public_holidays_of_2024() {
        assertThat(calendar.publicHolidays(2024)).containsExactlyInAnyOrder(
                parse("2024-01-01"), parse("2024-04-01"), parse("2024-05-01"), parse("2024-05-09"),
                parse("2024-05-20"), parse("2024-07-21"), parse("2024-08-15"), parse("2024-11-01"),
                parse("2024-11-11"), parse("2024-12-25"));
    }

    @Test
    void the_ten_public_holidays_of_2025() {
        assertThat(calendar.publicHolidays(2025)).containsExactlyInAnyOrder(
                parse("2025-01-01"), parse("2025-04-21"), parse("2025-05-01"), parse("2025-05-29"),
                parse("2025-06-09"), parse("2025-07-21"), parse("2025-08-15"), parse("2025-11-01"),
                parse("2025-11-11"), parse("2025-12-25"));
    }

    @Test
    void the_ten_public_holidays_of_2026() {
        assertThat(calendar.publicHolidays(2026)).containsExactlyInAnyOrder(
                parse("2026-01-01"), parse("2026-04-06"), parse("2026-05-01"), parse("2026-05-14"),
                parse("2026-05-25"), parse("2026-07-21"), parse("2026-08-15"), parse("2026-11-01"),
                parse("2026-11-11"), parse("2026-12-25"));
    }

    @Test
    void in_2008_ascension_fell_on_1_may_so_the_year_had_nine_holiday_dates() {
        assertThat(calendar.publicHolidays(2008)).hasSize(9).contains(parse("2008-05-01"), parse("2008-05-12"));
        assertThat(calendar.workingDaysAfterUpTo(parse("2008-04-30"), parse("2008-05-02"))).isEqualTo(1);
    }

    @ParameterizedTest(name = "Easter {0} is on {1}")
    @CsvSource({
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "2019, 2019-04-21",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2038, 2038-04-25",   // latest possible date
            "2285, 2285-03-22",   // earliest possible date
    })
    void easter_sunday_follows_the_gregorian_computus(int year, LocalDate easter) {
        assertThat(BelgianCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
            "2024-03-01, true",    // Friday
            "2024-03-02, false",   // Saturday
            "2024-03-03, false",   // Sunday
            "2024-04-01, false",   // Easter Monday
            "2026-05-14, false",   // Ascension
            "2026-05-25, false",   // Whit Monday
            "2026-05-26, true",
            "2028-02-29, true",    // leap day, a Tuesday
    })
    void a_working_day_is_a_weekday_that_is_not_a_public_holiday(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "after {0} up to {1}: {2}")
    @CsvSource({
            "2024-03-01, 2024-03-04, 1",    // Friday to Monday: the weekend does not count
            "2024-03-04, 2024-03-08, 4",    // Monday to Friday: the start day does not count
            "2024-03-08, 2024-03-09, 0",    // Friday to Saturday
            "2024-03-08, 2024-03-10, 0",    // Friday to Sunday
            "2024-03-29, 2024-04-02, 1",    // over Easter Monday 2024
            "2025-04-18, 2025-04-22, 1",    // over Easter Monday 2025
            "2026-05-11, 2026-05-29, 12",   // Ascension and Whit Monday 2026
            "2026-05-13, 2026-05-15, 1",    // over Ascension Thursday
            "2026-05-22, 2026-05-26, 1",    // over Whit Monday
            "2025-10-31, 2025-11-03, 1",    // 1 November on a Saturday is not taken twice
            "2025-11-10, 2025-11-12, 1",    // 11 November on a Tuesday
            "2024-01-31, 2024-02-01, 1",    // month end
            "2024-02-28, 2024-03-01, 2",    // 29 February 2024 counts
            "2023-02-28, 2023-03-01, 1",
            "2024-12-24, 2025-01-02, 5",    // year end: Christmas and New Year are holidays
            "2025-12-31, 2026-01-05, 2",
            "2028-02-28, 2028-03-01, 2",    // leap day 2028-02-29 is a working Tuesday
            "2028-02-25, 2028-03-03, 5",
            "2024-12-31, 2025-12-31, 252",  // a whole year: 261 weekdays, 9 holidays on weekdays
    })
    void working_days_after_a_date_up_to_and_including_another(LocalDate from, LocalDate to, long expected) {
        assertThat(calendar.workingDaysAfterUpTo(from, to)).isEqualTo(expected);
    }

    @Test
    void due_today_leaves_zero_working_days() {
        assertThat(calendar.workingDaysAfterUpTo(parse("2024-03-04"), parse("2024-03-04"))).isZero();
    }

    @Test
    void an_end_before_the_start_counts_zero() {
        assertThat(calendar.workingDaysAfterUpTo(parse("2024-03-08"), parse("2024-03-04"))).isZero();
    }
}
