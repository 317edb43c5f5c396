package be.inasti.missiondesk.cli;

import picocli.CommandLine.Command;

@Command(name = "db", description = "Work on the database as a whole: move a central office to PostgreSQL.",
        subcommands = {DbCopyCommand.class})
final class DbCommand {
}
