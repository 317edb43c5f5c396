package be.inasti.missiondesk.domain.catalogue;

import be.inasti.missiondesk.domain.DomainException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the contract's objectives table ({@code objectives-2019-2020.csv}). An objective with several tiers comes
 * as one row per tier (ECL 5-01: 90 days at 50 %, 180 days at 80 %); they are merged into one objective. Every row
 * gives the objective's label in French, Dutch, German and English; a file where one is missing or blank is refused,
 * as is a {@code counts_from} that is not a date.
 */
public final class CatalogueCsv {
    private static final List<String> COLUMNS = List.of("code", "key_task", "service", "label_fr", "label_nl",
            "label_de", "label_en", "kind", "days", "months", "norm_percent", "annual_count", "fixed_date",
            "counts_from", "clock_start", "clock_stop", "mission_type");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** One non-blank line of a file and its number in the file, counted from 1. */
    record Line(int number, String[] fields) {
    }

    private CatalogueCsv() {
    }

    /** The version {@code id} read from {@code file}, which the refusals name. */
    static CatalogueVersion read(String id, String file, LocalDate validFrom, Reader reader) {
        List<Line> lines = lines(reader);
        if (lines.isEmpty() || !Arrays.asList(lines.getFirst().fields()).equals(COLUMNS)) {
            throw new IllegalArgumentException("catalogue " + id + ": expected the columns " + COLUMNS);
        }
        Map<String, Objective> byCode = new LinkedHashMap<>();
        for (Line line : lines.subList(1, lines.size())) {
            Objective parsed = parse(file, line);
            byCode.merge(parsed.code(), parsed, (first, more) -> first.withTier(more.tiers().getFirst()));
        }
        return new CatalogueVersion(id, validFrom, byCode, List.of());
    }

    private static Objective parse(String file, Line line) {
        Labels labels = new Labels(label(file, line, "label_fr"), label(file, line, "label_nl"),
                label(file, line, "label_de"), label(file, line, "label_en"));
        ObjectiveKind kind = ObjectiveKind.valueOf(field(line, "kind"));
        Integer norm = kind == ObjectiveKind.ANNUAL_COUNT ? null : Integer.valueOf(field(line, "norm_percent"));
        List<Tier> tiers = kind == ObjectiveKind.DAYS ? List.of(new Tier(Integer.parseInt(field(line, "days")), norm))
                : List.of();
        return new Objective(field(line, "code"), field(line, "key_task"), field(line, "service"), labels, kind, tiers,
                kind == ObjectiveKind.ANNUAL_COUNT ? Integer.valueOf(field(line, "annual_count")) : null,
                kind == ObjectiveKind.FIXED_DATE ? MonthDay.parse(field(line, "fixed_date"), MONTH_DAY) : null,
                kind == ObjectiveKind.MONTHS ? Integer.valueOf(field(line, "months")) : null,
                kind == ObjectiveKind.DAYS ? null : norm,
                countsFrom(file, line), field(line, "clock_start"), field(line, "clock_stop"),
                Optional.of(field(line, "mission_type")).filter(s -> !s.isBlank()));
    }

    /** The text of a column, empty when the row stops before it. */
    private static String field(Line line, String column) {
        int index = COLUMNS.indexOf(column);
        return index < line.fields().length ? line.fields()[index] : "";
    }

    /** The first day clocks count from, refused naming the file and the line when it is not a date. */
    private static Optional<LocalDate> countsFrom(String file, Line line) {
        String text = field(line, "counts_from");
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new DomainException("catalogue.notADate", file, line.number(), field(line, "code"), "counts_from",
                    text);
        }
    }

    /** The label in {@code column}, refused naming the file, the line, the objective and the column if blank. */
    private static String label(String file, Line line, String column) {
        String label = field(line, column);
        if (label.isBlank()) {
            throw new DomainException("catalogue.labelMissing", file, line.number(), field(line, "code"), column);
        }
        return label;
    }

    /** Comma-separated rows; a field may be double-quoted to hold commas. */
    public static List<String[]> rows(Reader reader) {
        return lines(reader).stream().map(Line::fields).toList();
    }

    static List<Line> lines(Reader reader) {
        try (BufferedReader in = new BufferedReader(reader)) {
            List<Line> lines = new ArrayList<>();
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (!line.isBlank()) {
                    lines.add(new Line(number, split(line)));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
