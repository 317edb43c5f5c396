package be.inasti.missiondesk.cli;

import picocli.CommandLine.Command;

@Command(name = "flow", description = "Import an inbound flow file (CSV, UTF-8 or Windows-1252, ';' or ','). "
        + "Importing the same file or line twice creates nothing the second time.",
        subcommands = {FlowBirthsCommand.class, FlowAfaCommand.class, FlowRequestsCommand.class,
                FlowAffiliatesCommand.class})
final class FlowCommand {
}
