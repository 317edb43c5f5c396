package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.domain.flow.FlowKind;
import picocli.CommandLine.Command;

@Command(name = "births", description = "Births from the Registre national (niss_mere;nom_mere;date_naissance;"
        + "reference_enfant): a titres-services mission (CNH 4-01) per mother affiliated with the CNH.")
final class FlowBirthsCommand extends ReceivedFlowCommand {
    @Override
    FlowKind kind() {
        return FlowKind.BIRTHS;
    }
}
