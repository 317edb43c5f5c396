package be.inasti.missiondesk.flows.csv;

/**
 * What a flow file may hold, so that no file can exhaust the memory or hang an import: a line (a record, with the
 * line breaks inside its quotes) of at most {@code lineChars} characters, and at most {@code lines} lines. A file
 * past either bound is refused whole, naming the line.
 */
public record Bounds(int lineChars, int lines) {
    /** 64 Ki characters a line, where a real line has under 200; two million lines, twice the largest flow seen. */
    public static final Bounds DEFAULT = new Bounds(64 * 1024, 2_000_000);
}
