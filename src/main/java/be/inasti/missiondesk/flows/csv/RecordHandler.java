package be.inasti.missiondesk.flows.csv;

import be.inasti.missiondesk.domain.flow.BadFileException;
import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds FastCSV's records as this package reads them, the line each starts on and its fields, and refuses the file
 * as soon as a record goes past the bounds: the parser never holds more than one record of a file.
 */
final class RecordHandler extends CsvCallbackHandler<CsvRecord> {
    private final Bounds bounds;
    private final List<String> fields = new ArrayList<>();
    private RecordType type = RecordType.DATA;
    private int line;
    private int chars;

    RecordHandler(Bounds bounds) {
        this.bounds = bounds;
    }

    /** The line the record being read starts on. */
    int line() {
        return line;
    }

    @Override
    protected RecordType getRecordType() {
        return type;
    }

    @Override
    protected int getFieldCount() {
        return fields.size();
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        line = (int) Math.min(Integer.MAX_VALUE, startingLineNumber);
        fields.clear();
        chars = 0;
        type = RecordType.DATA;
    }

    /** A field and the separator before it count towards the line's length. */
    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
        withinBounds(fields.isEmpty() ? len : len + 1);
        fields.add(new String(buf, offset, len));
    }

    /** Comments are not read (a line starting with '#' is data), so the parser never calls this. */
    @Override
    protected void setComment(char[] buf, int offset, int len) {
        addField(buf, offset, len, false);
    }

    @Override
    protected void setEmpty() {
        withinBounds(0);
        type = RecordType.EMPTY;
    }

    @Override
    protected CsvRecord buildRecord() {
        return new CsvRecord(line, List.copyOf(fields));
    }

    /** Checked as the record grows: an empty line past the last one allowed refuses the file too. */
    private void withinBounds(int more) {
        if (line > bounds.lines()) {
            throw new BadFileException("flow.tooManyLines", bounds.lines());
        }
        chars += more;
        if (chars > bounds.lineChars()) {
            throw new BadFileException("flow.lineTooLong", line, bounds.lineChars());
        }
    }
}
