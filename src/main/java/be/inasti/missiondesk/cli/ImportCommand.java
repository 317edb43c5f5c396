package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.files.InputKind;
import be.inasti.missiondesk.app.sync.SyncService;
import be.inasti.missiondesk.domain.sync.ImportReport;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Check a batch file (format, integrity, signature, destination, sequence, "
        + "rights) and apply it in one transaction, after a backup; a refused file changes nothing.")
final class ImportCommand extends ServiceCommand<SyncService> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--accept-partial", description = "Apply the operations within the source's rights and list "
            + "the others (by default one refused operation refuses the whole batch).")
    boolean acceptPartial;

    ImportCommand() {
        super(Services::sync);
    }

    @Override
    int run(SyncService sync) {
        ImportReport r = sync.importBatch(InputKind.BATCH.checked(file), acceptPartial);
        if (r.alreadyApplied()) {
            out().printf("batch from %s (positions %d–%d) was already applied: nothing changed%n", r.source(),
                    r.fromPos(), r.toPos());
            return 0;
        }
        out().printf("batch from %s (positions %d–%d) applied: %d operations applied, %d already held, "
                + "%d older than local changes, %d new conflicts%n", r.source(), r.fromPos(), r.toPos(), r.applied(),
                r.alreadyHeld(), r.keptLocal(), r.conflicts());
        r.refused().forEach(refusal -> out().println("refused: " + refusal.inEnglish()));
        return 0;
    }
}
