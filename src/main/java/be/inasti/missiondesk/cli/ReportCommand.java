package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.report.ReportService;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.text.Language;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", description = "The attainment report of a period, for the central office: CSV, or a PDF "
        + "with tables and charts (in French unless --lang says otherwise).")
final class ReportCommand extends ServiceCommand<ReportService> {
    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD")
    LocalDate to;

    @Option(names = "--office", description = "Only this office: ${COMPLETION-CANDIDATES}.")
    Office office;

    @Option(names = "--format", required = true, description = "csv or pdf.")
    ReportService.Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--force", description = "Replace FILE even when it exists and is not a report of this format.")
    boolean force;

    ReportCommand() {
        super(Services::reports);
    }

    @Override
    int run(ReportService reports) {
        var dashboard = reports.write(from, to, Optional.ofNullable(office), format,
                root().language().orElse(Language.FR).locale(), out, force);
        out().printf("report written to %s: %d rows, %d below their norm%n", out, dashboard.rows().size(),
                dashboard.rows().stream().filter(r -> r.belowNorm()).count());
        return 0;
    }
}
