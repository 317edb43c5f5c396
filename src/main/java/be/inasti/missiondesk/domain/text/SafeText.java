package be.inasti.missiondesk.domain.text;

import java.util.regex.Pattern;

/**
 * Text MissionDesk hands to other programs, made harmless to them: a CSV cell a spreadsheet shows but never runs, and
 * a line a terminal shows but never obeys. Names, values and headers come from people and flow files, so any of them
 * may be a formula ({@code =HYPERLINK(…)}, {@code +cmd|' /C calc'!A0}) or an escape sequence that recolours, clears
 * or retitles the terminal. Every CSV written and every line echoed goes through here: one rule, in one place.
 */
public final class SafeText {
    /** What a spreadsheet takes for the start of a formula or a DDE command, also after spaces and tabs. */
    private static final Pattern FORMULA = Pattern.compile("[\\t\\r\\n].*|[ \\t]*[=+\\-@].*", Pattern.DOTALL);
    /** A plain number stays a number: "-3" days left is data, not a formula. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");
    /** What a control character is shown as: visible, and nothing a terminal acts on. */
    private static final char SHOWN_INSTEAD = '?';

    private SafeText() {
    }

    /**
     * One CSV field: a cell that would start a formula is prefixed with an apostrophe, which spreadsheets take as "this
     * is text" and do not show (OWASP's advice on CSV injection); control characters other than line breaks and tabs,
     * which quoted cells may hold, are replaced; then the field is quoted as RFC 4180 says when it holds the
     * separator, a quote or a line break.
     */
    public static String csvField(String value, char separator) {
        String kept = replaceControls(value, "\t\r\n");
        String cell = FORMULA.matcher(kept).matches() && !NUMBER.matcher(kept).matches() ? "'" + kept : kept;
        boolean quoted = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quoted ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /**
     * The text as one line a terminal only shows: every control character (C0, DEL and C1, among them ESC, the
     * 8-bit CSI, line breaks and tabs) becomes a question mark.
     */
    public static String printable(String text) {
        return replaceControls(text, "");
    }

    private static String replaceControls(String text, String kept) {
        StringBuilder shown = new StringBuilder(text.length());
        text.chars().forEach(c -> shown.append(Character.isISOControl(c) && kept.indexOf(c) < 0 ? SHOWN_INSTEAD
                : (char) c));
        return shown.toString();
    }
}
