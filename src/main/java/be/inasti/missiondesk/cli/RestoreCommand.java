package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.database.DatabaseService;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restore", description = "Replace the database with a backup, after checking it is a MissionDesk "
        + "database from this version or an older one; the current database is backed up first.")
final class RestoreCommand extends ServiceCommand<DatabaseService> {
    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path file;

    RestoreCommand() {
        super(Services::database);
    }

    @Override
    int run(DatabaseService database) {
        Path before = database.restore(file);
        out().printf("database %s restored from %s; the database as it was is kept in %s%n",
                database.file(), file.toAbsolutePath(), before);
        return 0;
    }
}
