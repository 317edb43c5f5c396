package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.database.DatabaseService;
import be.inasti.missiondesk.app.files.OutputFiles;
import be.inasti.missiondesk.app.files.OutputKind;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", description = "Copy the database consistently while it is in use (the window may stay "
        + "open), or set how many automatic copies are kept.")
final class BackupCommand extends ServiceCommand<BackupCommand.Uses> {
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

    /** The database, and where a copy of it may be written. */
    record Uses(DatabaseService database, OutputFiles outputs) {
    }

    BackupCommand() {
        super(s -> new Uses(s.database(), s.outputs()));
    }

    @Override
    int run(Uses uses) {
        DatabaseService database = uses.database();
        if (what.keep != null) {
            database.keep(what.keep);
            out().printf("the last %d automatic backups will be kept in %s%n", what.keep, database.backupFolder());
            return 0;
        }
        uses.outputs().check(what.to, OutputKind.DATABASE, false);
        database.copyTo(what.to);
        out().printf("database %s copied to %s%n", database.file(), what.to.toAbsolutePath());
        return 0;
    }
}
