package be.inasti.missiondesk.flows.csv;

import be.inasti.missiondesk.domain.flow.BadFileException;
import be.inasti.missiondesk.domain.flow.LineProblem;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A flow file read as a table, as a stream: its encoding found by a first reading ({@link Encoding}), its separator
 * from the header line, then its records parsed by FastCSV and handed over one at a time, in the file's order,
 * while the SHA-256 of its bytes is computed. The header is checked against the expected columns (in any order, extra ones
 * ignored), and each data line becomes either a {@link Row} or a {@link LineProblem}: wrong column count, wrong
 * encoding, unclosed quote, or the exact duplicate of an earlier line. A file past the {@link Bounds} is refused.
 */
public record CsvTable(String encoding, char separator, List<String> header, int lastLine, String hash) {
    /** Excel's "sep=;" first line, which names the separator of the lines after it. */
    private static final Pattern SEP_HINT = Pattern.compile("sep=([^\"\\r\\n])\\r?\\n");
    /** FastCSV reads this many characters at a time, past the field it holds: its buffer has room for both. */
    private static final int READ_AHEAD = 16 * 1024;

    /** Reads a whole file: its good lines go to {@code rows}, the others to {@code problems}. */
    public static CsvTable read(Path file, List<String> columns, Bounds bounds, Consumer<Row> rows,
            Consumer<LineProblem> problems) {
        return parse(file, bounds, new Builder(columns, rows, problems, false)).table();
    }

    /** Only the header's normalized names, to tell which flow a file is; the rest of the file is not read. */
    public static List<String> headerOf(Path file, Bounds bounds) {
        return parse(file, bounds, new Builder(List.of(), null, null, true)).header;
    }

    private static Builder parse(Path file, Bounds bounds, Builder builder) {
        if (!Files.isRegularFile(file)) {
            throw new BadFileException("flow.notAFile", file);
        }
        try {
            Encoding encoding;
            try (InputStream in = Files.newInputStream(file)) {
                encoding = Encoding.of(in);
            }
            MessageDigest sha256 = LineIndex.sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
                in.readNBytes(encoding.bom());
                builder.encoding = encoding.name();
                builder.records(new Source(new InputStreamReader(in, encoding.charset().newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE))), bounds);
            }
            builder.hash = HexFormat.of().formatHex(sha256.digest());
            return builder;
        } catch (IOException | UncheckedIOException e) {
            throw new BadFileException("file.cannotRead", file, e.getMessage());
        }
    }

    /** The separator is the one the header uses: ';' from a Belgian Excel, ',' from most other tools. */
    static char separatorOf(String line) {
        long semicolons = line.chars().filter(c -> c == ';').count();
        long commas = line.chars().filter(c -> c == ',').count();
        return commas > semicolons ? ',' : ';';
    }

    /** The decoded text, which can give its first line back and says when the parser has read it all. */
    private static final class Source extends BufferedReader {
        private boolean ended;

        Source(Reader text) {
            super(text);
        }

        /** The first line with its line break, if it has one; read ahead and given back to the parser. */
        String firstLine(int maxChars) throws IOException {
            mark(maxChars + 2);
            StringBuilder line = new StringBuilder();
            for (int c = read(); c >= 0; c = read()) {
                line.append((char) c);
                if (c == '\n') {
                    break;
                }
                if (line.length() > maxChars) {
                    throw new BadFileException("flow.lineTooLong", 1, maxChars);
                }
            }
            reset();
            return line.toString();
        }

        @Override
        public int read(char[] chars, int offset, int length) throws IOException {
            int read = super.read(chars, offset, length);
            ended |= read < 0;
            return read;
        }
    }

    /** Turns records into the header, rows and problems, remembering earlier lines to name duplicates. */
    private static final class Builder {
        private final List<String> columns;
        private final Consumer<Row> rows;
        private final Consumer<LineProblem> problems;
        private final boolean headerOnly;
        private final LineIndex seen = new LineIndex();
        private String encoding;
        private char separator;
        private List<String> header;
        private int[] positions;
        private int lastLine;
        private String hash;

        Builder(List<String> columns, Consumer<Row> rows, Consumer<LineProblem> problems, boolean headerOnly) {
            this.columns = columns;
            this.rows = rows;
            this.problems = problems;
            this.headerOnly = headerOnly;
        }

        CsvTable table() {
            return new CsvTable(encoding, separator, header, lastLine, hash);
        }

        void records(Source text, Bounds bounds) throws IOException {
            String first = text.firstLine(bounds.lineChars());
            Matcher hint = SEP_HINT.matcher(first);
            boolean hinted = hint.lookingAt();
            separator = hinted ? hint.group(1).charAt(0) : separatorOf(first.strip());
            RecordHandler handler = new RecordHandler(bounds);
            try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(true)
                    .allowExtraFields(true).allowMissingFields(true).allowExtraCharsAfterClosingQuote(true)
                    .allowUnclosedQuote(false).maxBufferSize(bounds.lineChars() + READ_AHEAD).build(handler, text)) {
                for (CsvRecord record : reader) {
                    if (hinted) {
                        hinted = false;
                    } else if (!record.blank() && !add(record)) {
                        return;
                    }
                }
            } catch (CsvParseException e) {
                if (e.getCause() instanceof BadFileException refused) {
                    throw refused;
                }
                if (!text.ended) {
                    throw new BadFileException("flow.lineTooLong", handler.line(), bounds.lineChars());
                }
                unclosedQuote(handler.line());
            }
            if (header == null) {
                throw new BadFileException("flow.empty");
            }
        }

        /** False once the header is all that is wanted. */
        private boolean add(CsvRecord record) {
            lastLine = record.line();
            if (header != null) {
                problemOf(record).ifPresentOrElse(problems, () -> rows.accept(rowOf(record)));
                return true;
            }
            header = record.fields().stream().map(ColumnNames::normalize).toList();
            checkHeader();
            positions = columns.stream().mapToInt(header::indexOf).toArray();
            return !headerOnly;
        }

        /** A quote left open runs to the end of the file, which the parser then refuses: the last line is bad. */
        private void unclosedQuote(int line) {
            if (header == null) {
                throw new BadFileException("flow.headerQuote", line);
            }
            lastLine = line;
            problems.accept(LineProblem.wholeLine(line, "line.unclosedQuote"));
        }

        private void checkHeader() {
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

        private Optional<LineProblem> problemOf(CsvRecord record) {
            List<String> fields = record.fields();
            if (!fitsHeader(fields)) {
                return Optional.of(LineProblem.wholeLine(record.line(), "line.columnCount", header.size(),
                        String.valueOf(separator), fields.size()));
            }
            for (int i = 0; i < header.size(); i++) {
                if (unreadable(fields.get(i))) {
                    return Optional.of(new LineProblem(record.line(), header.get(i),
                            fields.get(i).replace(Encoding.REPLACEMENT, '?'), "line.wrongEncoding", encoding));
                }
            }
            String stripped = String.join("\0", fields.subList(0, header.size()).stream().map(String::strip)
                    .toList());
            int first = seen.putIfAbsent(stripped, record.line());
            return first < 0 ? Optional.empty()
                    : Optional.of(LineProblem.wholeLine(record.line(), "line.duplicate", first));
        }

        /** Office tools pad short lines with empty fields up to the widest one: trailing empty fields are forgiven. */
        private boolean fitsHeader(List<String> fields) {
            return fields.size() >= header.size()
                    && fields.subList(header.size(), fields.size()).stream().allMatch(String::isBlank);
        }

        /** Control characters cannot be in a checked line: they also keep the duplicates' joined fields apart. */
        private static boolean unreadable(String value) {
            return value.chars().anyMatch(c -> c == Encoding.REPLACEMENT || c < 0x20 && c != '\t' && c != '\n'
                    && c != '\r');
        }

        private Row rowOf(CsvRecord record) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i), record.fields().get(positions[i]).strip());
            }
            return new Row(record.line(), values);
        }
    }
}
