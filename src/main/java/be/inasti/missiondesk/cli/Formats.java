package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.domain.clock.Countdown;
import be.inasti.missiondesk.domain.text.SafeText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** How commands print: aligned tables for people, CSV for spreadsheets, JSON (ISO dates) for scripts. */
final class Formats {
    enum Format { table, csv, json }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private Formats() {
    }

    static String countdown(Countdown c) {
        long days = c.remainingDays();
        if (days == 0) {
            return "due today";
        }
        return days > 0 ? "%d d left (%d working)".formatted(days, c.remainingWorkingDays())
                : "%d d overdue (%d working)".formatted(-days, -c.remainingWorkingDays());
    }

    static void json(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** Cells a spreadsheet shows and never runs, and a terminal shows and never obeys ({@link SafeText}). */
    static void csv(PrintWriter out, List<String> header, List<List<Object>> rows) {
        out.println(String.join(",", header));
        rows.forEach(r -> out.println(r.stream().map(v -> SafeText.csvField(text(v), ','))
                .collect(Collectors.joining(","))));
    }

    /** Columns as wide as their widest cell; a control character in a name is shown, not obeyed. */
    static void table(PrintWriter out, List<String> header, List<List<Object>> rows) {
        int[] widths = header.stream().mapToInt(String::length).toArray();
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], cell(row.get(i)).length());
            }
        }
        out.println(line(header.stream().map(h -> (Object) h).toList(), widths));
        rows.forEach(r -> out.println(line(r, widths)));
    }

    private static String line(List<Object> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            b.append(String.format("%-" + widths[i] + "s", cell(cells.get(i))));
            if (i < cells.size() - 1) {
                b.append("  ");
            }
        }
        return b.toString().stripTrailing();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String cell(Object value) {
        return SafeText.printable(text(value));
    }
}
