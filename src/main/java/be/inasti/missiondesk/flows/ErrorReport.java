package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.flow.BadFileException;
import be.inasti.missiondesk.domain.flow.LineProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bad lines of a file as CSV for the sender: {@code line;column;value;reason}, separated by ';' and in UTF-8 with
 * a BOM, so that a Belgian Excel opens it in columns with its accents right.
 */
public final class ErrorReport {
    private static final String BOM = "\uFEFF";

    private ErrorReport() {
    }

    public static void write(Path file, List<LineProblem> problems) {
        List<String> lines = new ArrayList<>();
        lines.add(BOM + "line;column;value;reason");
        problems.forEach(p -> lines.add(String.join(";", String.valueOf(p.line()), quoted(p.column()),
                quoted(p.value()), quoted(p.reason().inEnglish()))));
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadFileException("flow.cannotWriteErrors", file, e.getMessage());
        }
    }

    /** RFC 4180: a value with a separator, quote or line break goes in quotes, its quotes doubled. */
    static String quoted(String value) {
        boolean needs = value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
