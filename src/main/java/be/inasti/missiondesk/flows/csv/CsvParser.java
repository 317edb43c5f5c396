package be.inasti.missiondesk.flows.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: fields separated by one character, optionally in double quotes, a doubled quote for a quote
 * inside, line breaks (LF or CRLF) inside quotes kept. Line numbers count physical lines, as an editor shows them.
 */
final class CsvParser {
    private final String text;
    private final char separator;
    private final List<CsvRecord> records = new ArrayList<>();
    private List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int line = 1;
    private int recordLine = 1;
    private boolean quoted;
    private boolean pending;

    private CsvParser(String text, char separator) {
        this.text = text;
        this.separator = separator;
    }

    static List<CsvRecord> parse(String text, char separator) {
        return new CsvParser(text, separator).run();
    }

    private List<CsvRecord> run() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                i = inQuotes(c, i);
            } else {
                outsideQuotes(c, i);
            }
        }
        if (pending || quoted) {
            endRecord(quoted);
        }
        return records;
    }

    private int inQuotes(char c, int i) {
        pending = true;
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            return i + 1;
        }
        if (c == '"') {
            quoted = false;
            return i;
        }
        if (c == '\n') {
            line++;
        }
        field.append(c);
        return i;
    }

    private void outsideQuotes(char c, int i) {
        if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
            endRecord(false);
            line++;
            recordLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == '"' && field.isEmpty()) {
            quoted = true;
        } else if (c != '\r') {
            field.append(c);
        }
        pending = pending || c != '\n' && c != '\r';
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
    }

    private void endRecord(boolean unclosedQuote) {
        endField();
        records.add(new CsvRecord(recordLine, List.copyOf(fields), unclosedQuote));
        fields = new ArrayList<>();
        pending = false;
    }
}
