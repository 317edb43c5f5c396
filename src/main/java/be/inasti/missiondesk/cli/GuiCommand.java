package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "gui", description = "Open the window (what missiondesk does with no command).")
final class GuiCommand extends ServiceCommand<Services> {
    @Option(names = "--exit-when-ready", description = "Print 'ready in N ms' once the queue is shown, then exit.")
    boolean exitWhenReady;

    /** The window is the other user of the composition root: it takes all of it, as the command line does. */
    GuiCommand() {
        super(Function.identity());
    }

    @Override
    int run(Services services) {
        return root().gui().open(services, new Gui.Start(exitWhenReady, Optional.empty(), root().language()));
    }
}
