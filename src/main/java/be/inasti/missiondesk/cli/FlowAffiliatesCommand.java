package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.files.OutputFiles;
import be.inasti.missiondesk.app.flows.FlowImportService;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import picocli.CommandLine.Command;

@Command(name = "affiliates", description = "Affiliates (niss;nom;caisse;date_affiliation): the list the births "
        + "flow checks mothers against; known NISS are updated.")
final class FlowAffiliatesCommand extends FlowImportCommand<FlowAffiliatesCommand.Uses> {
    /** The import service, and where its error list may go. */
    record Uses(FlowImportService flows, OutputFiles outputs) {
    }

    FlowAffiliatesCommand() {
        super(s -> new Uses(s.flows(), s.outputs()), Uses::flows, Uses::outputs);
    }

    @Override
    ImportOptions options(Uses uses) {
        return ImportOptions.affiliates(uses.flows().today(), strict);
    }
}
