package be.inasti.missiondesk.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How many of something (days, missions, runs): a whole number, zero or more. */
final class CountConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        int count;
        try {
            count = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
        if (count < 0) {
            throw new TypeConversionException("'" + value + "' is negative: a count is 0 or more");
        }
        return count;
    }
}
