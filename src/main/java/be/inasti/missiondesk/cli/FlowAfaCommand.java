package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.flows.FlowKind;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "afa", description = "Affiliation documents from the caisses (caisse;niss;nom;nationalite;"
        + "debut_activite;type_document): an ECL AFA mission (ECL 2-01, 2-04, 2-02) per person and affiliation.")
final class FlowAfaCommand extends MissionFlowCommand {
    @Mixin
    ReceivedOption received;

    @Override
    FlowKind kind() {
        return FlowKind.AFA;
    }

    @Override
    LocalDate received(Services services) {
        return received.orToday(services);
    }
}
