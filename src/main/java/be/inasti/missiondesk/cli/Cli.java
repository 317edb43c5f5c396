package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.domain.Explained;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.text.SafeText;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/** Builds the command line: converters, case-insensitive enum values, and one line on stderr per error. */
public final class Cli {
    /** The work was refused or failed; the message on stderr says why. */
    public static final int REFUSED = 1;

    private Cli() {
    }

    /** The command line for {@code args}: with every command, unless the arguments only open the window. */
    public static CommandLine create(ServicesFactory factory, Gui gui, Environment environment, String... args) {
        MissionDeskCommand root = new MissionDeskCommand(factory, gui, environment);
        CommandLine cli = new CommandLine(root);
        List<Class<?>> commands = MissionDeskCommand.COMMANDS;
        for (Class<?> command : opensTheWindow(args) ? commands.subList(0, 1) : commands) {
            cli.addSubcommand(command);
        }
        cli.registerConverter(LocalDate.class, new DateConverter());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(errorHandler(root));
        cli.setParameterExceptionHandler(Cli::usageError);
        return cli;
    }

    /**
     * Whether the arguments name no command but the window's (nor ask for help): the window then needs only its
     * own command. Picocli reads every command's annotations when the command line is built, and its classes
     * (Java 5 bytecode) cannot go in the AOT cache, so the thirty others would cost about 0.3 s at each start.
     * An option value that happens to be a command's name only costs that time back.
     */
    public static boolean opensTheWindow(String... args) {
        Set<String> others = new HashSet<>(Set.of("-h", "--help", "-V", "--version"));
        MissionDeskCommand.COMMANDS.stream().skip(1).map(c -> c.getAnnotation(Command.class).name())
                .forEach(others::add);
        return Arrays.stream(args).noneMatch(others::contains);
    }

    /**
     * A usage error is one line, and where to read the usage: the whole usage (20 to 60 lines) buries the one line
     * that says what was wrong.
     */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String suggested = e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()
                ? "; did you mean " + String.join(" or ", u.getSuggestions()) + "?" : "";
        PrintWriter err = command.getErr();
        err.println("missiondesk: " + SafeText.printable(e.getMessage() + suggested) + " (see '"
                + command.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * Known failures (bad input, refused rules, an unusable database) become one readable line and exit 1; what they
     * quote (a name, a header, a path) is shown, never obeyed, by the terminal.
     */
    private static IExecutionExceptionHandler errorHandler(MissionDeskCommand root) {
        return (Exception e, CommandLine commandLine, ParseResult parsed) -> {
            PrintWriter err = commandLine.getErr();
            err.println("missiondesk: " + SafeText.printable(message(e)));
            if (root.verbose()) {
                e.printStackTrace(err);
            }
            err.flush();
            return REFUSED;
        };
    }

    private static String message(Exception e) {
        if (e instanceof Explained || e instanceof Progress.CancelledException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage() + " (run with --verbose for details)";
    }
}
