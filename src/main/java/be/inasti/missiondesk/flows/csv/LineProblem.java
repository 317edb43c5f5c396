package be.inasti.missiondesk.flows.csv;

/**
 * Why one line of a flow file was refused: its line number in the file (1 = the header), the column (empty when the
 * whole line is wrong) and the value as it was read, so that the sender can find and correct it.
 */
public record LineProblem(int line, String column, String value, String reason) {
    public static LineProblem wholeLine(int line, String reason) {
        return new LineProblem(line, "", "", reason);
    }

    /** One line of text: {@code line 7, niss_mere '85073003329': check digits do not match}. */
    public String describe() {
        String where = column.isEmpty() ? "" : ", " + column + (value.isEmpty() ? "" : " '" + value + "'");
        return "line " + line + where + ": " + reason;
    }
}
