package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.sync.SyncService;
import be.inasti.missiondesk.domain.sync.ExportReport;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Write the changes a partner site has not received into one signed, "
        + "encrypted batch file.")
final class ExportCommand extends ServiceCommand<SyncService> {
    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The batch file to write; name it *" + MissionDeskCommand.BATCH_EXTENSION
            + " (e.g. desk-namur.mdbatch), the extension installed MissionDesk opens on a double-click.")
    Path to;

    @Option(names = "--for", paramLabel = "SITE", description = "Destination site (default: the central site).")
    String forSite;

    @Option(names = "--resend", description = "Everything the destination has not acknowledged, e.g. after a lost file.")
    boolean resend;

    @Option(names = "--force", description = "Replace FILE even when it exists and is not a batch.")
    boolean force;

    ExportCommand() {
        super(Services::sync);
    }

    @Override
    int run(SyncService sync) {
        ExportReport r = sync.export(to, Optional.ofNullable(forSite), resend, force);
        out().printf("batch for %s written to %s: positions %d–%d, %d operations on %d missions%n", r.destination(),
                r.file(), r.fromPos(), r.toPos(), r.operations(), r.missions());
        return 0;
    }
}
