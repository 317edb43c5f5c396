package be.inasti.missiondesk.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** A flow whose clocks start when the file came in ({@code --received}), which may be before it is imported. */
abstract class ReceivedFlowCommand extends MissionFlowCommand {
    @Option(names = "--received", paramLabel = "YYYY-MM-DD",
            description = "The day the file was received; the clocks start on it (default: today).")
    LocalDate received;

    @Override
    final LocalDate received(LocalDate today) {
        return received != null ? received : today;
    }
}
