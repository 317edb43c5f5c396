package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --received}: the day a flow file came in, which may be before the day it is imported. */
final class ReceivedOption {
    @Option(names = "--received", paramLabel = "YYYY-MM-DD",
            description = "The day the file was received; the clocks start on it (default: today).")
    LocalDate received;

    LocalDate orToday(Services services) {
        return received != null ? received : services.flows().today();
    }
}
