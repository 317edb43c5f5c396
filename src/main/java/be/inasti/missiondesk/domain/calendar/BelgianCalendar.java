package be.inasti.missiondesk.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Working days as the institute counts them: Monday to Friday, less the ten Belgian legal public holidays
 * (the Easter-based ones move every year).
 */
public final class BelgianCalendar {
    private static final List<MonthDay> FIXED_HOLIDAYS = List.of(
            MonthDay.of(Month.JANUARY, 1), MonthDay.of(Month.MAY, 1), MonthDay.of(Month.JULY, 21),
            MonthDay.of(Month.AUGUST, 15), MonthDay.of(Month.NOVEMBER, 1), MonthDay.of(Month.NOVEMBER, 11),
            MonthDay.of(Month.DECEMBER, 25));

    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public boolean isPublicHoliday(LocalDate date) {
        return publicHolidays(date.getYear()).contains(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue() && !isPublicHoliday(date);
    }

    /** The ten legal public holidays of a year. */
    public Set<LocalDate> publicHolidays(int year) {
        return holidaysByYear.computeIfAbsent(year, BelgianCalendar::computeHolidays);
    }

    private static Set<LocalDate> computeHolidays(int year) {
        LocalDate easter = easterSunday(year);
        Stream<LocalDate> easterBased = Stream.of(easter.plusDays(1), easter.plusDays(39), easter.plusDays(50));
        Stream<LocalDate> fixed = FIXED_HOLIDAYS.stream().map(md -> md.atYear(year));
        return Stream.concat(fixed, easterBased).collect(Collectors.toUnmodifiableSet());
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Working days strictly after {@code from} up to and including {@code to}; 0 when {@code to} is not after. */
    public long workingDaysAfterUpTo(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long weekdays = weekdaysUpTo(to) - weekdaysUpTo(from);
        long holidays = 0;
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (LocalDate h : publicHolidays(year)) { // a loop, not a stream: every countdown of a queue load asks
                if (h.isAfter(from) && !h.isAfter(to) && h.getDayOfWeek().getValue() <= 5) {
                    holidays++;
                }
            }
        }
        return weekdays - holidays;
    }

    /** Monday-to-Friday days from a fixed Monday epoch up to and including {@code date}: O(1). */
    private static long weekdaysUpTo(LocalDate date) {
        long daysSinceMonday = date.toEpochDay() - LocalDate.of(1970, 1, 5).toEpochDay();
        long weeks = Math.floorDiv(daysSinceMonday, 7);
        long dayInWeek = Math.floorMod(daysSinceMonday, 7); // 0 = Monday
        return weeks * 5 + Math.min(dayInWeek + 1, 5);
    }
}
