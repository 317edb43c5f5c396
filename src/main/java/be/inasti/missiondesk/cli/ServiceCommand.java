package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.profile.Profile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A subcommand that works on the database the global options name. It is handed only the service it uses, or a
 * small record of the few it uses, picked out of the composition root in its constructor: what a command may
 * touch is then written in one line, not found by reading it for {@code services.x()} calls.
 *
 * @param <S> the service, or record of services, the command uses
 */
abstract class ServiceCommand<S> implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Function<Services, S> uses;
    private Services services;

    /** @param uses picks the command's services out of the composition root, e.g. {@code Services::queue} */
    ServiceCommand(Function<Services, S> uses) {
        this.uses = uses;
    }

    /** A failure the database explains (damage, a failing disk) is said so, not as the exception it caused. */
    @Override
    public final Integer call() {
        services = root().services();
        try {
            return run(uses.apply(services));
        } catch (RuntimeException e) {
            throw services.database().explained(e);
        }
    }

    abstract int run(S service);

    /**
     * An option's value, else the installation's profile's ({@code missiondesk profile}); with neither, the option
     * is missing, said as picocli says it.
     */
    <T> T orProfile(T option, String name, Function<Profile, T> field) {
        if (option != null) {
            return option;
        }
        return services.profile().profile().map(field).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Missing option '" + name + "': give it, or save a profile with 'missiondesk profile'"));
    }

    MissionDeskCommand root() {
        return (MissionDeskCommand) spec.root().userObject();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
