package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.calendar.DateWindow;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Dates are typed YYYY-MM-DD; an impossible one (2026-02-30) is named with what is wrong, and one outside the years
 * MissionDesk takes ({@link DateWindow}: the year 0, +999999999-12-31, -2026-01-01) is refused before any work.
 */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return DateWindow.check(LocalDate.parse(value), Explanation.of("field.date"));
        } catch (DateTimeParseException e) {
            String why = e.getCause() != null ? e.getCause().getMessage() : "expected YYYY-MM-DD";
            throw new TypeConversionException("'" + value + "' is not a date: " + why);
        } catch (DomainException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
