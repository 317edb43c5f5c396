package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.attainment.AttainmentService;
import be.inasti.missiondesk.domain.attainment.AttainmentRow;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.text.Language;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "kpi", description = "Attainment per objective and tier: clocks stopped in the period, how many "
        + "within the tier's days against the norm, and clocks late at the period's end (or today, while it runs). "
        + "An objective the contract neutralises over the whole period says so instead of its percentages. Labels "
        + "are in English; JSON gives them in French, Dutch, German and English.")
final class KpiCommand extends ServiceCommand<AttainmentService> {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: 1 January of this year).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: today).")
    LocalDate to;

    @Option(names = "--office", description = "Only this office: ${COMPLETION-CANDIDATES}.")
    Office office;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE}).")
    Formats.Format format;

    private static final String REPORT = "be.inasti.missiondesk.app.report.report";
    private static final List<String> HEADER = List.of("objective", "tierDays", "normPercent", "stopped", "met",
            "attainmentPercent", "openOverdue", "projectionPercent", "annualTarget", "label");

    KpiCommand() {
        super(Services::attainment);
    }

    @Override
    int run(AttainmentService attainment) {
        LocalDate today = attainment.today();
        LocalDate first = from != null ? from : today.withDayOfYear(1);
        LocalDate last = to != null ? to : today;
        List<AttainmentRow> rows = attainment.attainment(first, last, Optional.ofNullable(office));
        Locale labels = root().language().orElse(Language.EN).locale();
        switch (format) {
            case json -> Formats.json(out(), rows);
            case csv -> Formats.csv(out(), HEADER, rows.stream().map(r -> cells(r, labels)).toList());
            case table -> Formats.table(out(), HEADER, rows.stream().map(r -> cells(r, labels)).toList());
        }
        return 0;
    }

    /** A neutralised row's percentages read as the report's word for it, in the labels' language. */
    private static List<Object> cells(AttainmentRow r, Locale labels) {
        String neutralised = ResourceBundle.getBundle(REPORT, labels).getString("neutralised");
        return Arrays.asList(r.objective(), r.tierDays(), r.normPercent(), r.stopped(), r.met(),
                r.neutralised() ? neutralised : r.attainmentPercent(), r.openOverdue(),
                r.neutralised() ? neutralised : r.projectionPercent(), r.annualTarget(), r.label().in(labels));
    }
}
