package be.inasti.missiondesk.app.report;

import be.inasti.missiondesk.app.attainment.Dashboard;
import be.inasti.missiondesk.domain.attainment.AttainmentRow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The report as a PDF: heading, the attainment table (below-norm rows first, in red), a bar chart, the trend. */
final class PdfReport {
    private static final float[] WIDTHS = {58, 262, 48, 44, 52, 58, 58, 72, 60};
    private static final float ROW = 13;
    private static final Rgb INK = Rgb.of(0, 0, 0);
    private static final Rgb DANGER = Rgb.of(0xB3, 0x1D, 0x1D);
    private static final Rgb BAR = Rgb.of(0x3B, 0x6E, 0xA5);
    private static final Rgb MUTED = Rgb.of(0xE6, 0xE9, 0xEE);
    private static final int TREND_MONTHS = 12;
    /**
     * PDFBox warns that it maps Helvetica to a system font for its metrics (through java.util.logging when no other
     * logging is installed): nothing a reader of the report can act on. The logger is held here: one nobody holds is
     * collected, and the level set on it with it.
     */
    private static final Logger PDFBOX = quiet(Logger.getLogger("org.apache.pdfbox"));

    private PdfReport() {
    }

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    static void write(Dashboard d, ReportTexts texts, Clock clock, Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(texts.get("title"));
            try (PdfCanvas canvas = new PdfCanvas(document)) {
                heading(canvas, texts.heading(d, clock.instant(), clock.getZone()));
                table(canvas, texts, d.rows());
                chart(canvas, texts, d.rows());
                trend(canvas, texts, d);
            }
            document.save(file.toFile());
        }
    }

    private static void heading(PdfCanvas c, List<String> lines) {
        c.text(lines.getFirst(), PdfCanvas.MARGIN, c.advance(18), c.bold, 16, INK);
        lines.subList(1, lines.size()).forEach(l -> c.text(l, PdfCanvas.MARGIN, c.advance(ROW), c.regular, 10, INK));
        c.advance(ROW);
    }

    private static void table(PdfCanvas c, ReportTexts texts, List<AttainmentRow> rows) {
        cells(c, texts.header(), c.advance(ROW), true, INK);
        for (AttainmentRow r : rows) {
            cells(c, texts.cells(r), c.advance(ROW), false, r.belowNorm() ? DANGER : INK);
        }
        c.advance(ROW);
    }

    private static void cells(PdfCanvas c, List<String> values, float baseline, boolean header, Rgb color) {
        float x = PdfCanvas.MARGIN;
        for (int i = 0; i < values.size(); i++) {
            var font = header ? c.bold : c.regular;
            c.text(c.fit(values.get(i), font, 8, WIDTHS[i] - 4), x, baseline, font, 8, color);
            x += WIDTHS[i];
        }
        c.line(PdfCanvas.MARGIN, baseline - 3, x, baseline - 3, MUTED, 0.5f);
    }

    /** One bar per objective and tier, its length the attainment, a dark tick at the norm. */
    private static void chart(PdfCanvas c, ReportTexts texts, List<AttainmentRow> rows) {
        c.text(texts.get("chart"), PdfCanvas.MARGIN, c.advance(2 * ROW), c.bold, 11, INK);
        float left = PdfCanvas.MARGIN + 110;
        float width = 500;
        for (AttainmentRow r : rows) {
            if (r.attainmentPercent() == null || r.annualTarget() != null || r.neutralised()) {
                continue;
            }
            float base = c.advance(ROW);
            String name = r.objective() + (r.tierDays() == null ? "" : " · " + texts.get("days", r.tierDays()));
            c.text(name, PdfCanvas.MARGIN, base, c.regular, 8, INK);
            c.box(left, base - 2, width, 9, MUTED);
            c.box(left, base - 2, (float) (width * Math.min(100, r.attainmentPercent()) / 100), 9,
                    r.belowNorm() ? DANGER : BAR);
            float norm = left + width * r.normPercent() / 100f;
            c.line(norm, base - 4, norm, base + 9, INK, 1.5f);
            c.text(texts.percent(r.attainmentPercent()), left + width + 8, base, c.regular, 8, INK);
        }
    }

    /** Attainment of each objective's first tier over the last months of the period. */
    private static void trend(PdfCanvas c, ReportTexts texts, Dashboard d) {
        List<YearMonth> months = new ArrayList<>(d.months().keySet().stream().sorted().toList());
        if (months.isEmpty()) {
            return;
        }
        List<YearMonth> shown = months.subList(Math.max(0, months.size() - TREND_MONTHS), months.size());
        c.advance(ROW);
        c.text(texts.get("trend"), PdfCanvas.MARGIN, c.advance(2 * ROW), c.bold, 11, INK);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MM/yy");
        float column = 52;
        float baseline = c.advance(ROW);
        for (int i = 0; i < shown.size(); i++) {
            c.text(label.format(shown.get(i)), PdfCanvas.MARGIN + 90 + i * column, baseline, c.bold, 8, INK);
        }
        for (AttainmentRow r : d.rows()) {
            if (r.tierDays() != null && !r.tierDays().equals(firstTier(d, r.objective()))) {
                continue;
            }
            List<Double> all = d.trend(r.objective(), r.tierDays());
            List<Double> values = all.subList(all.size() - shown.size(), all.size());
            float line = c.advance(ROW);
            c.text(r.objective(), PdfCanvas.MARGIN, line, c.regular, 8, INK);
            for (int i = 0; i < values.size(); i++) {
                c.text(texts.percent(values.get(i)), PdfCanvas.MARGIN + 90 + i * column, line, c.regular, 8, INK);
            }
        }
    }

    private static Integer firstTier(Dashboard d, String objective) {
        return d.rows().stream().filter(r -> r.objective().equals(objective)).map(AttainmentRow::tierDays)
                .filter(t -> t != null).min(Integer::compare).orElse(null);
    }
}
