package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand that works on the database the global options name. */
abstract class ServiceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        return run(root().services());
    }

    abstract int run(Services services);

    MissionDeskCommand root() {
        return (MissionDeskCommand) spec.root().userObject();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
