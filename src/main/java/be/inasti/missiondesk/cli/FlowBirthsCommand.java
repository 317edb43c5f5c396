package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.flows.FlowKind;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "births", description = "Births from the Registre national (niss_mere;nom_mere;date_naissance;"
        + "reference_enfant): a titres-services mission (CNH 4-01) per mother affiliated with the CNH.")
final class FlowBirthsCommand extends MissionFlowCommand {
    @Mixin
    ReceivedOption received;

    @Override
    FlowKind kind() {
        return FlowKind.BIRTHS;
    }

    @Override
    LocalDate received(Services services) {
        return received.orToday(services);
    }
}
