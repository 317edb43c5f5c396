package be.inasti.missiondesk.flows.csv;

import be.inasti.missiondesk.domain.flow.BadFileException;
import be.inasti.missiondesk.domain.flow.LineProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A flow file read as a table: encoding and separator found, header checked against the expected columns (in any
 * order, extra ones ignored), and each data line either a {@link Row} or a {@link LineProblem}: wrong column
 * count, wrong encoding, unclosed quote, or the exact duplicate of an earlier line.
 */
public record CsvTable(String encoding, char separator, List<String> header, List<Row> rows,
        List<LineProblem> problems, int lastLine) {
    /** Excel's "sep=;" first line, which names the separator of the lines after it. */
    private static final Pattern SEP_HINT = Pattern.compile("sep=(.)\\r?\\n");

    public static CsvTable read(byte[] bytes, List<String> columns) {
        Parsed parsed = parse(bytes);
        List<String> header = parsed.header();
        checkHeader(header, columns, parsed.separator());
        return new Builder(parsed.encoding(), parsed.separator(), header, columns).build(parsed.records());
    }

    /** Only the header's normalized names, to tell which flow a file is. */
    public static List<String> headerOf(byte[] bytes) {
        return parse(bytes).header();
    }

    private record Parsed(String encoding, char separator, List<CsvRecord> records) {
        List<String> header() {
            return records.getFirst().fields().stream().map(ColumnNames::normalize).toList();
        }
    }

    private static Parsed parse(byte[] bytes) {
        DecodedText decoded = TextDecoder.decode(bytes);
        String text = decoded.text();
        Matcher hint = SEP_HINT.matcher(text);
        boolean hinted = hint.lookingAt();
        char separator = hinted ? hint.group(1).charAt(0) : separatorOf(text);
        List<CsvRecord> records = new ArrayList<>(CsvParser.parse(text, separator));
        if (hinted) {
            records.removeFirst();
        }
        records.removeIf(CsvRecord::blank);
        if (records.isEmpty()) {
            throw new BadFileException("flow.empty");
        }
        return new Parsed(decoded.encoding(), separator, records);
    }

    /** The separator is the one the header uses: ';' from a Belgian Excel, ',' from most other tools. */
    static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return commas > semicolons ? ',' : ';';
    }

    private static void checkHeader(List<String> header, List<String> columns, char separator) {
        List<String> missing = columns.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new BadFileException("flow.missingColumns", missing.size(), String.join(", ", missing),
                    String.valueOf(separator), String.join(", ", header));
        }
        for (String column : columns) {
            if (header.indexOf(column) != header.lastIndexOf(column)) {
                throw new BadFileException("flow.columnTwice", column);
            }
        }
    }

    /** Turns records into rows and problems, remembering earlier lines to name duplicates. */
    private static final class Builder {
        private final String encoding;
        private final char separator;
        private final List<String> header;
        private final List<String> columns;
        private final List<Row> rows = new ArrayList<>();
        private final List<LineProblem> problems = new ArrayList<>();
        private final Map<List<String>, Integer> seen = new HashMap<>();

        Builder(String encoding, char separator, List<String> header, List<String> columns) {
            this.encoding = encoding;
            this.separator = separator;
            this.header = header;
            this.columns = columns;
        }

        CsvTable build(List<CsvRecord> records) {
            for (CsvRecord record : records.subList(1, records.size())) {
                problemOf(record).ifPresentOrElse(problems::add, () -> rows.add(rowOf(record)));
            }
            int lastLine = records.getLast().line();
            return new CsvTable(encoding, separator, header, List.copyOf(rows), List.copyOf(problems), lastLine);
        }

        private Optional<LineProblem> problemOf(CsvRecord record) {
            if (record.unclosedQuote()) {
                return Optional.of(LineProblem.wholeLine(record.line(), "line.unclosedQuote"));
            }
            List<String> fields = record.fields();
            if (!fitsHeader(fields)) {
                return Optional.of(LineProblem.wholeLine(record.line(), "line.columnCount", header.size(),
                        String.valueOf(separator), fields.size()));
            }
            for (int i = 0; i < header.size(); i++) {
                if (unreadable(fields.get(i))) {
                    return Optional.of(new LineProblem(record.line(), header.get(i),
                            fields.get(i).replace(TextDecoder.REPLACEMENT, '?'),
                            "line.wrongEncoding", encoding));
                }
            }
            Integer first = seen.putIfAbsent(fields.subList(0, header.size()).stream().map(String::strip).toList(),
                    record.line());
            return first == null ? Optional.empty()
                    : Optional.of(LineProblem.wholeLine(record.line(), "line.duplicate", first));
        }

        /** Office tools pad short lines with empty fields up to the widest one: trailing empty fields are forgiven. */
        private boolean fitsHeader(List<String> fields) {
            return fields.size() >= header.size()
                    && fields.subList(header.size(), fields.size()).stream().allMatch(String::isBlank);
        }

        private static boolean unreadable(String value) {
            return value.chars().anyMatch(c -> c == TextDecoder.REPLACEMENT || c < 0x20 && c != '\t' && c != '\n'
                    && c != '\r');
        }

        private Row rowOf(CsvRecord record) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String column : columns) {
                values.put(column, record.fields().get(header.indexOf(column)).strip());
            }
            return new Row(record.line(), values);
        }
    }
}
