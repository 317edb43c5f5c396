package be.inasti.missiondesk.app.report;

import be.inasti.missiondesk.app.attainment.AttainmentService;
import be.inasti.missiondesk.app.attainment.Dashboard;
import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.mission.Office;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The attainment report for the central office, as CSV (for spreadsheets) or PDF (tables and a chart, to send).
 * Written to a temporary file then renamed, so an interrupted report never looks like a finished one.
 */
public final class ReportService {
    public enum Format { CSV, PDF }

    private final AttainmentService attainment;
    private final Clock clock;

    public ReportService(AttainmentService attainment, Clock clock) {
        this.attainment = attainment;
        this.clock = clock;
    }

    public Dashboard write(LocalDate from, LocalDate to, Optional<Office> office, Format format, Locale locale,
            Path out) {
        Dashboard dashboard = attainment.dashboard(from, to, office);
        ReportTexts texts = new ReportTexts(locale);
        try {
            Path folder = out.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".missiondesk-report-", ".part");
            try {
                if (format == Format.CSV) {
                    CsvReport.write(dashboard, texts, temporary);
                } else {
                    PdfReport.write(dashboard, texts, clock, temporary);
                }
                Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new DomainException("report.cannotWrite", out, e.getMessage());
        }
        return dashboard;
    }
}
