package be.inasti.missiondesk.domain.calendar;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Explanation;
import java.time.LocalDate;

/**
 * The dates MissionDesk takes in: the years 1900 to 2199. A mission, an event, a birth or a period outside them is a
 * typo (0202 for 2026, 20266) or an attack, never work: refused when typed or read, it cannot open a mission in year
 * 1, stop a clock before any calendar MissionDesk knows, or send a countdown counting working days one by one up to
 * the year 999 999 999.
 */
public final class DateWindow {
    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private DateWindow() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** The date, if it is within the window; {@code what} names it in the refusal (the received date, …). */
    public static LocalDate check(LocalDate date, Explanation what) {
        if (!contains(date)) {
            throw new DomainException("field.outsideDateWindow", what, date, FIRST.getYear(), LAST.getYear());
        }
        return date;
    }
}
