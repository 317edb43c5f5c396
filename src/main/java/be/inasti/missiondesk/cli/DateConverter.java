package be.inasti.missiondesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Dates are typed YYYY-MM-DD; an impossible one (2026-02-30) is named with what is wrong. */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            String why = e.getCause() != null ? e.getCause().getMessage() : "expected YYYY-MM-DD";
            throw new TypeConversionException("'" + value + "' is not a date: " + why);
        }
    }
}
