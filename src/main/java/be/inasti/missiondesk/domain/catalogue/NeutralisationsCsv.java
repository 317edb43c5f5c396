package be.inasti.missiondesk.domain.catalogue;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.catalogue.CatalogueCsv.Line;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads the periods a contract neutralises objectives for ({@code neutralisations-2019-2020.csv}: code, from, to,
 * the contract's reason). A line naming an objective the version does not have, with a date that is not one, or
 * ending before it starts is refused naming the file and the line: a mistyped code would silently neutralise nothing.
 */
final class NeutralisationsCsv {
    private static final List<String> COLUMNS = List.of("code", "from", "to", "reason");

    private NeutralisationsCsv() {
    }

    static List<Neutralisation> read(String file, Set<String> codes, Reader reader) {
        List<Line> lines = CatalogueCsv.lines(reader);
        if (lines.isEmpty() || !Arrays.asList(lines.getFirst().fields()).equals(COLUMNS)) {
            throw new IllegalArgumentException("neutralisations " + file + ": expected the columns " + COLUMNS);
        }
        return lines.subList(1, lines.size()).stream().map(line -> parse(file, codes, line)).toList();
    }

    private static Neutralisation parse(String file, Set<String> codes, Line line) {
        String code = line.fields()[0];
        if (!codes.contains(code)) {
            throw new DomainException("catalogue.neutralisedUnknown", file, line.number(), code);
        }
        LocalDate from = date(file, line, 1);
        LocalDate to = date(file, line, 2);
        if (to.isBefore(from)) {
            throw new DomainException("catalogue.neutralisedReversed", file, line.number(), code, from, to);
        }
        return new Neutralisation(code, from, to);
    }

    private static LocalDate date(String file, Line line, int column) {
        String text = column < line.fields().length ? line.fields()[column] : "";
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DomainException("catalogue.notADate", file, line.number(), line.fields()[0],
                    COLUMNS.get(column), text);
        }
    }
}
