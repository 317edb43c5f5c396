package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.sync.SyncService;
import be.inasti.missiondesk.domain.sync.Conflict;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
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

    /** Settles one conflict; confirming and flipping differ only in what the sync service does and what is said. */
    abstract static class Resolution extends ServiceCommand<SyncService> {
        @Parameters(paramLabel = "ID")
        long id;

        private final BiConsumer<SyncService, Long> resolve;
        private final String done;

        /** @param done what is printed, the conflict's id in it */
        Resolution(BiConsumer<SyncService, Long> resolve, String done) {
            super(Services::sync);
            this.resolve = resolve;
            this.done = done;
        }

        @Override
        final int run(SyncService sync) {
            resolve.accept(sync, id);
            out().printf(done, id);
            return 0;
        }
    }

    @Command(name = "confirm", description = "Keep the value that won.")
    static final class Confirm extends Resolution {
        Confirm() {
            super(SyncService::confirm, "conflict #%d confirmed%n");
        }
    }

    @Command(name = "flip", description = "Restore the value that lost, as a new change sent with the next batch.")
    static final class Flip extends Resolution {
        Flip() {
            super(SyncService::flip, "conflict #%d flipped: the other value is restored%n");
        }
    }
}
