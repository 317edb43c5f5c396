package be.inasti.missiondesk.app.report;

import be.inasti.missiondesk.app.attainment.AttainmentService;
import be.inasti.missiondesk.app.attainment.Dashboard;
import be.inasti.missiondesk.app.files.OutputFiles;
import be.inasti.missiondesk.app.files.OutputKind;
import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.text.Language;
import be.inasti.missiondesk.store.SafeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The attainment report for the central office, as CSV (for spreadsheets) or PDF (tables and a chart, to send), in
 * one of the window's languages. Written to a temporary file only its owner may read, flushed, then renamed, so an
 * interrupted report never looks like a finished one.
 */
public final class ReportService {
    public enum Format { CSV, PDF }

    private final AttainmentService attainment;
    private final Clock clock;
    private final OutputFiles outputs;

    public ReportService(AttainmentService attainment, Clock clock, OutputFiles outputs) {
        this.attainment = attainment;
        this.clock = clock;
        this.outputs = outputs;
    }

    /**
     * Writes the report to {@code out}, checked first here, where every caller passes: never over the database or a
     * backup, and over an existing file only when it is a report of this format, unless {@code force}.
     */
    public Dashboard write(LocalDate from, LocalDate to, Optional<Office> office, Format format, Locale locale,
            Path out, boolean force) {
        outputs.check(out, format == Format.PDF ? OutputKind.PDF : OutputKind.CSV, force);
        // A report in another language would silently be in French.
        if (!Language.speaks(locale)) {
            throw new DomainException("report.unknownLanguage", locale.toLanguageTag(),
                    String.join(", ", Language.TAGS));
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
