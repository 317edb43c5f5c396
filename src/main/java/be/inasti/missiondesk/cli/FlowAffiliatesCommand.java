package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.flows.FlowImportService;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import picocli.CommandLine.Command;

@Command(name = "affiliates", description = "Affiliates (niss;nom;caisse;date_affiliation): the list the births "
        + "flow checks mothers against; known NISS are updated.")
final class FlowAffiliatesCommand extends FlowImportCommand {
    @Override
    ImportOptions options(FlowImportService flows) {
        return ImportOptions.affiliates(flows.today(), strict);
    }
}
