package be.inasti.missiondesk.domain.flow;

import be.inasti.missiondesk.domain.Explanation;

/**
 * Why one line of a flow file was refused: its line number in the file (1 = the header), the column (empty when the
 * whole line is wrong) and the value as it was read, so that the sender can find and correct it.
 */
public record LineProblem(int line, String column, String value, Explanation reason) {
    public LineProblem(int line, String column, String value, String reasonKey, Object... arguments) {
        this(line, column, value, Explanation.of(reasonKey, arguments));
    }

    public static LineProblem wholeLine(int line, String reasonKey, Object... arguments) {
        return new LineProblem(line, "", "", reasonKey, arguments);
    }

    /** In English, for the command line: {@code line 7, niss_mere '85073003329': check digits do not match}. */
    public String describe() {
        String where = column.isEmpty() ? "" : ", " + column + (value.isEmpty() ? "" : " '" + value + "'");
        return "line " + line + where + ": " + reason.inEnglish();
    }
}
