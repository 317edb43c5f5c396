package be.inasti.missiondesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class BelgianCalendarPropertiesTest {
    private final BelgianCalendar calendar = new BelgianCalendar();

    @Property
    void working_days_match_a_day_by_day_count(
            @ForAll @IntRange(min = 0, max = 36_500) int startOffset, @ForAll @IntRange(min = -30, max = 800) int length) {
        LocalDate from = LocalDate.of(1990, 1, 1).plusDays(startOffset);
        LocalDate to = from.plusDays(length);

        assertThat(calendar.workingDaysAfterUpTo(from, to)).isEqualTo(naiveCount(from, to));
    }

    /** Ten holidays a year, nine when Ascension falls on 1 May (1913, 2008, 2160): a day is a holiday once. */
    @Property
    void every_year_has_ten_holidays_the_easter_ones_on_monday_thursday_monday(
            @ForAll @IntRange(min = 1900, max = 2200) int year) {
        LocalDate easter = BelgianCalendar.easterSunday(year);
        LocalDate ascension = easter.plusDays(39);

        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        assertThat(easter.plusDays(1).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(ascension.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(calendar.publicHolidays(year))
                .hasSize(ascension.equals(LocalDate.of(year, 5, 1)) ? 9 : 10)
                .contains(LocalDate.of(year, 1, 1), easter.plusDays(1), ascension, easter.plusDays(50),
                        LocalDate.of(year, 7, 21), LocalDate.of(year, 12, 25));
    }

    private long naiveCount(LocalDate from, LocalDate to) {
        long n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
