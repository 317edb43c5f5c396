package be.inasti.missiondesk.domain.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the contract's objectives table ({@code objectives-2019-2020.csv}). An objective with several tiers comes
 * as one row per tier (ECL 5-01: 90 days at 50 %, 180 days at 80 %); they are merged into one objective.
 */
final class CatalogueCsv {
    private static final List<String> COLUMNS = List.of("code", "key_task", "service", "label_fr", "kind", "days",
            "norm_percent", "annual_count", "fixed_date", "clock_start", "clock_stop", "mission_type");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private CatalogueCsv() {
    }

    static CatalogueVersion read(String id, LocalDate validFrom, Reader reader) {
        List<String[]> rows = rows(reader);
        if (rows.isEmpty() || !Arrays.asList(rows.getFirst()).equals(COLUMNS)) {
            throw new IllegalArgumentException("catalogue " + id + ": expected the columns " + COLUMNS);
        }
        Map<String, Objective> byCode = new LinkedHashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            Objective parsed = parse(row);
            byCode.merge(parsed.code(), parsed, (first, more) -> first.withTier(more.tiers().getFirst()));
        }
        return new CatalogueVersion(id, validFrom, byCode);
    }

    private static Objective parse(String[] r) {
        ObjectiveKind kind = ObjectiveKind.valueOf(r[4]);
        List<Tier> tiers = kind == ObjectiveKind.DAYS
                ? List.of(new Tier(Integer.parseInt(r[5]), Integer.parseInt(r[6])))
                : List.of();
        return new Objective(r[0], r[1], r[2], r[3], kind, tiers,
                kind == ObjectiveKind.ANNUAL_COUNT ? Integer.valueOf(r[7]) : null,
                kind == ObjectiveKind.FIXED_DATE ? MonthDay.parse(r[8], MONTH_DAY) : null,
                kind == ObjectiveKind.FIXED_DATE ? Integer.valueOf(r[6]) : null,
                r[9], r[10], Optional.of(r[11]).filter(s -> !s.isBlank()));
    }

    /** Comma-separated rows; a field may be double-quoted to hold commas. */
    static List<String[]> rows(Reader reader) {
        try (BufferedReader in = new BufferedReader(reader)) {
            List<String[]> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(split(line));
                }
            }
            return rows;
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
