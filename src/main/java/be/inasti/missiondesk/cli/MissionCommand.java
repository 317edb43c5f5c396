package be.inasti.missiondesk.cli;

import picocli.CommandLine.Command;

@Command(name = "mission", description = "Open a mission, fire a workflow event on it, or show it.",
        subcommands = {MissionAddCommand.class, MissionEventCommand.class, MissionShowCommand.class})
final class MissionCommand {
}
