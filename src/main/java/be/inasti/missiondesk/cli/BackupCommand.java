package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.database.DatabaseService;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", description = "Copy the database consistently while it is in use (the window may stay "
        + "open), or set how many automatic copies are kept.")
final class BackupCommand extends ServiceCommand<DatabaseService> {
    @ArgGroup(multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--to", paramLabel = "FILE", description = "The copy to write (a new file).")
        Path to;

        @Option(names = "--keep", paramLabel = "N", description = "How many automatic copies (taken before every "
                + "import and migration, in the 'backups' folder beside the database) to keep from now on "
                + "(default " + DatabaseService.DEFAULT_KEPT + ").")
        Integer keep;
    }

    BackupCommand() {
        super(Services::database);
    }

    @Override
    int run(DatabaseService database) {
        if (what.keep != null) {
            database.keep(what.keep);
            out().printf("the last %d automatic backups will be kept in %s%n", what.keep, database.backupFolder());
            return 0;
        }
        database.copyTo(what.to);
        out().printf("database %s copied to %s%n", database.file(), what.to.toAbsolutePath());
        return 0;
    }
}
