package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.flows.FlowImportService;
import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.flow.FlowReport;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports one flow file and prints what it did; bad lines are listed, and written as CSV with {@code --errors}. */
abstract class FlowImportCommand extends ServiceCommand<FlowImportService> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Option(names = "--strict", description = "Import nothing when a line is bad (default: import the good lines).")
    boolean strict;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write the bad lines to this CSV file (line;column;value;reason).")
    Path errors;

    @Option(names = "--force", description = "Replace the --errors FILE even when it exists and is not a CSV file.")
    boolean force;

    FlowImportCommand() {
        super(Services::flows);
    }

    abstract ImportOptions options(FlowImportService flows);

    @Override
    final int run(FlowImportService flows) {
        FlowReport report = errors != null ? flows.importFile(file, options(flows), errors, force, Progress.NONE)
                : flows.importFile(file, options(flows), Progress.NONE);
        new FlowReportPrinter(out()).print(report);
        if (report.plan().refusedByStrict()) {
            throw new DomainException("flow.strictRefused", report.plan().problemCount(), file.getFileName());
        }
        return 0;
    }
}
