package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.sync.SyncService;
import be.inasti.missiondesk.domain.sync.Conflict;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "conflicts", description = "Fields changed on two sites at once: the value kept and the one that "
        + "lost, for a person to confirm or flip.", subcommands = {ConflictsCommand.Confirm.class,
                ConflictsCommand.Flip.class})
final class ConflictsCommand extends ServiceCommand<SyncService> {
    @Option(names = "--all", description = "Resolved ones too.")
    boolean all;

    private static final List<String> HEADER = List.of("id", "mission", "entity", "field", "kept", "kept by", "lost",
            "lost by", "resolution");

    ConflictsCommand() {
        super(Services::sync);
    }

    @Override
    int run(SyncService sync) {
        List<List<Object>> rows = sync.conflicts(!all).stream().map(ConflictsCommand::row).toList();
        Formats.table(out(), HEADER, rows);
        return 0;
    }

    private static List<Object> row(Conflict c) {
        return Arrays.asList(c.id(), c.missionId().substring(0, 8), c.entity(), c.field(), c.keptValue(),
                c.keptAuthor() + "@" + c.keptOrigin(), c.lostValue(), c.lostAuthor() + "@" + c.lostOrigin(),
                c.resolution());
    }

    @Command(name = "confirm", description = "Keep the value that won.")
    static final class Confirm extends ServiceCommand<SyncService> {
        @Parameters(paramLabel = "ID")
        long id;

        Confirm() {
            super(Services::sync);
        }

        @Override
        int run(SyncService sync) {
            sync.confirm(id);
            out().printf("conflict #%d confirmed%n", id);
            return 0;
        }
    }

    @Command(name = "flip", description = "Restore the value that lost, as a new change sent with the next batch.")
    static final class Flip extends ServiceCommand<SyncService> {
        @Parameters(paramLabel = "ID")
        long id;

        Flip() {
            super(Services::sync);
        }

        @Override
        int run(SyncService sync) {
            sync.flip(id);
            out().printf("conflict #%d flipped: the other value is restored%n", id);
            return 0;
        }
    }
}
