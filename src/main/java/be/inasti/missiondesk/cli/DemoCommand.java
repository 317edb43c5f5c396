package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.DemoData;
import be.inasti.missiondesk.app.database.DatabaseService;
import be.inasti.missiondesk.domain.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Add realistic demo missions for Wavre, Libramont and Namur "
        + "(the same seed gives the same missions).")
final class DemoCommand extends ServiceCommand<DemoCommand.Uses> {
    @Option(names = "--missions", paramLabel = "N", defaultValue = "2000", converter = CountConverter.class,
            description = "How many (default ${DEFAULT-VALUE}, at most " + DemoData.MAX_MISSIONS + ").")
    int missions;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    /** The demo generator, and the database it writes to (named in the output). */
    record Uses(DemoData demo, DatabaseService database) {
    }

    DemoCommand() {
        super(s -> new Uses(s.demo(), s.database()));
    }

    @Override
    int run(Uses uses) {
        long start = System.nanoTime();
        int added = uses.demo().generate(missions, seed, Progress.NONE);
        out().printf("%d demo missions added in %d ms to %s%n", added, (System.nanoTime() - start) / 1_000_000,
                uses.database().file());
        return 0;
    }
}
