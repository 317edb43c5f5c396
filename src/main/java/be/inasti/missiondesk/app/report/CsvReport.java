package be.inasti.missiondesk.app.report;

import be.inasti.missiondesk.app.attainment.Dashboard;
import be.inasti.missiondesk.domain.text.SafeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line per objective and tier, separated by ';' and in UTF-8 with a byte-order mark, as Belgian spreadsheet
 * software opens it without an import dialog; its cells are made harmless to the spreadsheet by {@link SafeText}.
 */
final class CsvReport {
    private CsvReport() {
    }

    static void write(Dashboard d, ReportTexts texts, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(line(texts.header()));
        d.rows().forEach(r -> lines.add(line(texts.cells(r))));
        Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells) {
        return cells.stream().map(c -> SafeText.csvField(c, ';')).collect(Collectors.joining(";"));
    }
}
