package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.flow.BadFileException;
import be.inasti.missiondesk.domain.flow.LineProblem;
import be.inasti.missiondesk.domain.text.SafeText;
import be.inasti.missiondesk.store.SafeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bad lines of a file as CSV for the sender: {@code line;column;value;reason}, separated by ';' and in UTF-8 with a
 * BOM, so that a Belgian Excel opens it in columns with its accents right. The values are the file's own, so each cell
 * is made harmless to the spreadsheet by {@link SafeText}; the report is written like every file MissionDesk writes,
 * complete or not at all, and for its owner only.
 */
public final class ErrorReport {
    private static final String BOM = "\uFEFF";

    private ErrorReport() {
    }

    public static void write(Path file, List<LineProblem> problems) {
        List<String> lines = new ArrayList<>();
        lines.add(BOM + "line;column;value;reason");
        problems.forEach(p -> lines.add(String.join(";", String.valueOf(p.line()), field(p.column()),
                field(p.value()), field(p.reason().inEnglish()))));
        Path temporary = SafeFiles.temporaryBeside(file, ".missiondesk-errors-");
        try {
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            SafeFiles.publish(temporary, file.toAbsolutePath());
        } catch (IOException e) {
            throw new BadFileException("flow.cannotWriteErrors", file, e.getMessage());
        } finally {
            SafeFiles.deleteQuietly(temporary);
        }
    }

    private static String field(String value) {
        return SafeText.csvField(value, ';');
    }
}
