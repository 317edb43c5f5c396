package be.inasti.missiondesk.app.report;

import be.inasti.missiondesk.app.attainment.AttainmentService;
import be.inasti.missiondesk.app.attainment.Dashboard;
import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.store.SafeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The attainment report for the central office, as CSV (for spreadsheets) or PDF (tables and a chart, to send), in
 * one of the window's languages. Written to a temporary file only its owner may read, flushed, then renamed, so an
 * interrupted report never looks like a finished one.
 */
public final class ReportService {
    public enum Format { CSV, PDF }

    /** The languages the report is written in; a report in another would silently be in French. */
    public static final List<String> LANGUAGES = List.of("fr", "nl", "de", "en");

    private final AttainmentService attainment;
    private final Clock clock;

    public ReportService(AttainmentService attainment, Clock clock) {
        this.attainment = attainment;
        this.clock = clock;
    }

    public Dashboard write(LocalDate from, LocalDate to, Optional<Office> office, Format format, Locale locale,
            Path out) {
        if (!LANGUAGES.contains(locale.getLanguage())) {
            throw new DomainException("report.unknownLanguage", locale.toLanguageTag(), String.join(", ", LANGUAGES));
        }
        Dashboard dashboard = attainment.dashboard(from, to, office);
        ReportTexts texts = new ReportTexts(locale);
        Path temporary = SafeFiles.temporaryBeside(out, ".missiondesk-report-");
        try {
            if (format == Format.CSV) {
                CsvReport.write(dashboard, texts, temporary);
            } else {
                PdfReport.write(dashboard, texts, clock, temporary);
            }
            SafeFiles.publish(temporary, out.toAbsolutePath());
        } catch (IOException e) {
            throw new DomainException("report.cannotWrite", out, e.getMessage());
        } finally {
            SafeFiles.deleteQuietly(temporary);
        }
        return dashboard;
    }
}
