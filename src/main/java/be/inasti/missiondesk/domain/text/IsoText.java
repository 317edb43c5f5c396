package be.inasti.missiondesk.domain.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Dates and instants as the operation log writes them ({@link LocalDate#toString}, {@link Instant#toString}), read
 * back. An import reads one to three of them per operation, and the JDK's general parsers (resolving fields through
 * a formatter) took a tenth of it; the canonical form is read by position here, anything else by the JDK, with the
 * same result and the same errors.
 */
public final class IsoText {
    /** 'd' stands for a digit. */
    private static final String DATE_SHAPE = "dddd-dd-dd";
    private static final String SECONDS_SHAPE = DATE_SHAPE + "Tdd:dd:dd";
    private static final int SECONDS = SECONDS_SHAPE.length();
    private static final int[] NANOS_PER_DIGIT = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000,
            100, 10, 1};

    private IsoText() {
    }

    public static LocalDate date(String text) {
        LocalDate read = text.length() == DATE_SHAPE.length() && shaped(text, DATE_SHAPE) ? day(text) : null;
        return read != null ? read : LocalDate.parse(text);
    }

    public static Instant instant(String text) {
        Instant read = canonicalInstant(text);
        return read != null ? read : Instant.parse(text);
    }

    /** {@code uuuu-MM-ddTHH:mm:ss[.f…]Z}, up to nine digits of fraction; null for any other text. */
    private static Instant canonicalInstant(String text) {
        int zone = text.length() - 1;
        int fraction = zone - SECONDS - 1;
        if (zone < SECONDS || text.charAt(zone) != 'Z' || !shaped(text, SECONDS_SHAPE) || zone > SECONDS
                && (text.charAt(SECONDS) != '.' || fraction < 1 || fraction > 9 || !digits(text, SECONDS + 1, zone))) {
            return null;
        }
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        LocalDate day = hour < 24 && minute < 60 && second < 60 ? day(text) : null;
        if (day == null) {
            return null;
        }
        long nanos = fraction < 1 ? 0 : (long) number(text, SECONDS + 1, zone) * NANOS_PER_DIGIT[fraction];
        return Instant.ofEpochSecond(day.toEpochDay() * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
    }

    /** The date the text starts with, or null when there is no such day (the JDK's parser then says why). */
    private static LocalDate day(String text) {
        try {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static boolean shaped(String text, String shape) {
        for (int i = 0; i < shape.length(); i++) {
            char expected = shape.charAt(i);
            char c = text.charAt(i);
            if (expected == 'd' ? c < '0' || c > '9' : c != expected) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + text.charAt(i) - '0';
        }
        return n;
    }
}
