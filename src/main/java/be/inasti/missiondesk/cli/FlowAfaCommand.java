package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.domain.flow.FlowKind;
import picocli.CommandLine.Command;

@Command(name = "afa", description = "Affiliation documents from the caisses (caisse;niss;nom;nationalite;"
        + "debut_activite;type_document): an ECL AFA mission (ECL 2-01, 2-04, 2-02) per person and affiliation.")
final class FlowAfaCommand extends ReceivedFlowCommand {
    @Override
    FlowKind kind() {
        return FlowKind.AFA;
    }
}
