package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.flows.FlowImportService;
import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.flow.FlowReport;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports one flow file and prints what it did; bad lines are listed, and written as CSV with {@code --errors}.
 *
 * @param <S> the import service, or a record of it and what the flow's options need besides
 */
abstract class FlowImportCommand<S> extends ServiceCommand<S> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Option(names = "--strict", description = "Import nothing when a line is bad (default: import the good lines).")
    boolean strict;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write the bad lines to this CSV file (line;column;value;reason).")
    Path errors;

    private final Function<S, FlowImportService> flows;

    /** @param flows the import service among those {@code uses} picks */
    FlowImportCommand(Function<Services, S> uses, Function<S, FlowImportService> flows) {
        super(uses);
        this.flows = flows;
    }

    abstract ImportOptions options(S uses);

    @Override
    final int run(S uses) {
        FlowImportService service = flows.apply(uses);
        FlowReport report = service.importFile(file, options(uses), Progress.NONE);
        if (errors != null) {
            service.writeErrors(errors, report.plan().problems());
        }
        new FlowReportPrinter(out()).print(report);
        if (report.plan().refusedByStrict()) {
            throw new DomainException("flow.strictRefused", report.plan().problemCount(), file.getFileName());
        }
        return 0;
    }
}
