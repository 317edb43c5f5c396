package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.store.Progress;
import be.inasti.missiondesk.store.StoreException;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Builds the command line: converters, case-insensitive enum values, and one line on stderr per error. */
public final class Cli {
    /** The work was refused or failed; the message on stderr says why. */
    public static final int REFUSED = 1;

    private Cli() {
    }

    public static CommandLine create(ServicesFactory factory, Gui gui, Environment environment) {
        MissionDeskCommand root = new MissionDeskCommand(factory, gui, environment);
        CommandLine cli = new CommandLine(root);
        cli.registerConverter(LocalDate.class, new DateConverter());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(errorHandler(root));
        return cli;
    }

    /** Known failures (bad input, refused rules, an unusable database) become one readable line and exit 1. */
    private static IExecutionExceptionHandler errorHandler(MissionDeskCommand root) {
        return (Exception e, CommandLine commandLine, ParseResult parsed) -> {
            PrintWriter err = commandLine.getErr();
            err.println("missiondesk: " + message(e));
            if (root.verbose()) {
                e.printStackTrace(err);
            }
            err.flush();
            return REFUSED;
        };
    }

    private static String message(Exception e) {
        if (e instanceof DomainException || e instanceof StoreException || e instanceof Progress.CancelledException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage() + " (run with --verbose for details)";
    }
}
