package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.calendar.DateWindow;
import be.inasti.missiondesk.domain.flow.LineProblem;
import be.inasti.missiondesk.domain.identity.IdentifierProblem;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.flows.csv.Row;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of one row and collects everything wrong with them, so that a line is reported with all its
 * problems at once rather than one per correction round. Getters return null for a wrong value; {@link #ifOk}
 * builds the line only when nothing was wrong.
 */
final class LineCheck {
    /** ISO dates from most tools, DD/MM/YYYY (or with dots or dashes) from a Belgian Excel. */
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern EUROPEAN = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private final Row row;
    private final List<LineProblem> problems = new ArrayList<>();

    LineCheck(Row row) {
        this.row = row;
    }

    int line() {
        return row.line();
    }

    String optional(String column) {
        return row.get(column);
    }

    String required(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            refuse(column, "line.missing");
            return null;
        }
        return value;
    }

    Niss niss(String column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        Optional<IdentifierProblem> problem = Niss.problem(value);
        problem.ifPresent(p -> refuse(column, p.explanation()));
        return problem.isPresent() ? null : Niss.parse(value);
    }

    LocalDate date(String column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        Matcher iso = ISO.matcher(value);
        Matcher european = EUROPEAN.matcher(value);
        if (iso.matches()) {
            return date(column, iso.group(1), iso.group(2), iso.group(3));
        }
        if (european.matches()) {
            return date(column, european.group(3), european.group(2), european.group(1));
        }
        refuse(column, "line.notADate");
        return null;
    }

    private LocalDate date(String column, String year, String month, String day) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException _) {
            refuse(column, "line.impossibleDate");
            return null;
        }
        if (!DateWindow.contains(date)) {
            refuse(column, "line.outsideDateWindow", DateWindow.FIRST.getYear(), DateWindow.LAST.getYear());
            return null;
        }
        return date;
    }

    /** A date that cannot come after another one (a birth after the flow was received, a request from tomorrow). */
    LocalDate dateNotAfter(String column, LocalDate limit, String afterLimitKey) {
        LocalDate date = date(column);
        if (date != null && date.isAfter(limit)) {
            refuse(column, afterLimitKey, limit);
            return null;
        }
        return date;
    }

    /** A value from a known list (caisse, service, channel, document kind); {@code known} is shown when it is not. */
    <T> T oneOf(String column, Function<String, Optional<T>> find, String known) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        Optional<T> found = find.apply(value);
        if (found.isEmpty()) {
            refuse(column, "line.unknownValue", known);
        }
        return found.orElse(null);
    }

    void refuse(String column, String reasonKey, Object... arguments) {
        refuse(column, Explanation.of(reasonKey, arguments));
    }

    void refuse(String column, Explanation reason) {
        problems.add(new LineProblem(row.line(), column, row.get(column), reason));
    }

    <T> Optional<T> ifOk(Supplier<T> build) {
        return problems.isEmpty() ? Optional.of(build.get()) : Optional.empty();
    }

    List<LineProblem> problems() {
        return problems;
    }
}
