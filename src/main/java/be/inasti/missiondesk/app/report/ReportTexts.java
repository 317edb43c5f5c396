package be.inasti.missiondesk.app.report;

import be.inasti.missiondesk.app.attainment.Dashboard;
import be.inasti.missiondesk.domain.attainment.AttainmentRow;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's words and numbers in the reader's language (French by default). */
final class ReportTexts {
    static final List<String> COLUMNS = List.of("objective", "label", "tier", "norm", "stopped", "met",
            "attainment", "openOverdue", "projection");

    private final ResourceBundle bundle;
    private final Locale locale;
    private final NumberFormat percent;

    ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("be.inasti.missiondesk.app.report.report", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(1);
        percent.setMinimumFractionDigits(1);
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    List<String> header() {
        return COLUMNS.stream().map(c -> get("column." + c)).toList();
    }

    String percent(Double value) {
        return value == null ? "–" : percent.format(value) + " %";
    }

    /** The cells of one row, formatted for reading; a neutralised row says so instead of its percentages. */
    List<String> cells(AttainmentRow r) {
        boolean annual = r.annualTarget() != null;
        String neutralised = get("neutralised");
        return List.of(r.objective(), r.label().in(locale), r.tierDays() == null ? "–" : r.tierDays().toString(),
                annual ? r.annualTarget().toString() : r.normPercent() + " %", Long.toString(r.stopped()),
                Long.toString(r.met()), r.neutralised() ? neutralised : percent(r.attainmentPercent()),
                Long.toString(r.openOverdue()), r.neutralised() ? neutralised : percent(r.projectionPercent()));
    }

    List<String> heading(Dashboard d, Instant generatedAt, ZoneId zone) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return List.of(get("title"), get("period", dates.format(d.from()), dates.format(d.to())),
                get("office", d.office().map(Enum::name).orElse(get("office.all"))),
                get("generated", dates.format(generatedAt.atZone(zone).toLocalDate())));
    }
}
