package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "gui", description = "Open the window (what missiondesk does with no command).")
final class GuiCommand extends ServiceCommand {
    @Option(names = "--exit-when-ready", description = "Print 'ready in N ms' once the queue is shown, then exit.")
    boolean exitWhenReady;

    @Override
    int run(Services services) {
        return root().gui().open(services, exitWhenReady, Optional.empty());
    }
}
