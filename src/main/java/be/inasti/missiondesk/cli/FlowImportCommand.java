package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.files.OutputFiles;
import be.inasti.missiondesk.app.files.OutputKind;
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

    @Option(names = "--force", description = "Replace the --errors FILE even when it exists and is not a CSV file.")
    boolean force;

    private final Function<S, FlowImportService> flows;
    private final Function<S, OutputFiles> outputs;

    /** @param flows the import service among those {@code uses} picks; {@code outputs} where --errors may go */
    FlowImportCommand(Function<Services, S> uses, Function<S, FlowImportService> flows,
            Function<S, OutputFiles> outputs) {
        super(uses);
        this.flows = flows;
        this.outputs = outputs;
    }

    abstract ImportOptions options(S uses);

    /** Where the errors go is checked before the import: a refused --errors imports nothing. */
    @Override
    final int run(S uses) {
        if (errors != null) {
            outputs.apply(uses).check(errors, OutputKind.CSV, force, file);
        }
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
