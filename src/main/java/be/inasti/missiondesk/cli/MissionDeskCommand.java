package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code missiondesk}: with no subcommand, opens the window; with one, runs it. The global options are inherited
 * by every subcommand, so {@code missiondesk --db x queue} and {@code missiondesk queue --db x} mean the same.
 */
@Command(name = "missiondesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, scope = ScopeType.INHERIT,
        description = "Mission queues and deadline clocks for the caseworkers, inspectors and coordinators of the "
                + "institute. With no command, opens the window.",
        footer = {"", "Exit codes: 0 done, 1 refused (the message says why), 2 wrong usage."})
public final class MissionDeskCommand implements Callable<Integer> {
    /** The subcommands, added by {@link Cli}: the window's start needs only the first. */
    static final List<Class<?>> COMMANDS = List.of(GuiCommand.class, DemoCommand.class, MissionCommand.class,
            QueueCommand.class, KpiCommand.class, FlowCommand.class, SiteCommand.class, ExportCommand.class,
            ImportCommand.class, ConflictsCommand.class, TeamCommand.class, ReassignCommand.class,
            BalanceCommand.class, ReportCommand.class, BackupCommand.class, RestoreCommand.class, CheckCommand.class,
            ProfileCommand.class, BenchCommand.class, WorkflowsCommand.class, DbCommand.class);

    /** The extension of the batch files 'export' writes; the installers associate it with the application. */
    public static final String BATCH_EXTENSION = ".mdbatch";

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "PATH|URL",
            description = "SQLite database file, or a central office's PostgreSQL database: "
                    + "postgresql://[user@]host[:port]/database, the password from $PGPASSWORD or ~/.pgpass "
                    + "(default: $MISSIONDESK_DB, else the user's data folder).")
    String database;

    @Option(names = "--today", scope = ScopeType.INHERIT, paramLabel = "YYYY-MM-DD",
            description = "The date clocks are computed for (default: the system clock).")
    LocalDate today;

    @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "LOGIN",
            description = "Who is working, written in the history (default: $MISSIONDESK_USER, else the OS user).")
    String user;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "fr|nl|de|en",
            converter = LanguageConverter.class,
            description = "The language of the window for this run (its View menu changes it for good), of reports "
                    + "(default French) and of objective labels in 'kpi' (default English).")
    Language language;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    @Option(names = "--demo", arity = "0..1", fallbackValue = "2000", paramLabel = "N",
            converter = CountConverter.class,
            description = "Open the window with N demo missions (default 2000) when the database is empty.")
    Integer demo;

    @Parameters(arity = "0..1", paramLabel = "BATCH_FILE", description = "A batch file (" + BATCH_EXTENSION + ", "
            + "written by 'missiondesk export') to open in the window's import screen.")
    Path batchFile;

    @Spec
    CommandSpec spec;

    private final ServicesFactory factory;
    private final Gui gui;
    private final Environment environment;

    public MissionDeskCommand(ServicesFactory factory, Gui gui, Environment environment) {
        this.factory = factory;
        this.gui = gui;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Optional<Path> batch = Optional.ofNullable(batchFile).map(this::checkedBatchFile);
        Services services = services();
        if (demo != null && services.missions().count() == 0) {
            services.demo().generate(demo, 1, Progress.NONE);
        }
        return gui.open(services, new Gui.Start(false, batch, language()));
    }

    /** A word that is neither a command nor a batch file is most likely a mistyped command: a usage error. */
    private Path checkedBatchFile(Path file) {
        if (!file.getFileName().toString().endsWith(BATCH_EXTENSION) || !Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "'" + file + "' is neither a command nor a "
                    + BATCH_EXTENSION + " batch file");
        }
        return file;
    }

    Gui gui() {
        return gui;
    }

    Optional<Language> language() {
        return Optional.ofNullable(language);
    }

    boolean verbose() {
        return verbose;
    }

    /** The PostgreSQL database the options (or the environment) name, if they name one rather than a file. */
    Optional<String> serverUrl() {
        String named = database != null ? database : environment.variables().get(DataFolder.DB_VARIABLE);
        return Optional.ofNullable(named).filter(Services::onServer);
    }

    /** Opens the database named by the options, with a clock set to {@code --today} if given. */
    Services services() {
        String named = database != null ? database : environment.variables().get(DataFolder.DB_VARIABLE);
        if (named != null && Services.onServer(named)) {
            return factory.onServer(named, environment, localFolder(), clock(), user());
        }
        return open(database != null ? Path.of(database)
                : DataFolder.defaultDatabase(environment.variables(), environment.osName(), environment.home()));
    }

    /** Opens another database file with the same clock and user (the benchmark's scratch databases). */
    Services open(Path file) {
        return factory.open(file, clock(), user());
    }

    /** The user's data folder, where a PostgreSQL database's local files (the site's keys) are kept. */
    Path localFolder() {
        Map<String, String> folders = new HashMap<>(environment.variables());
        folders.remove(DataFolder.DB_VARIABLE);  // which may name the server itself
        return DataFolder.defaultDatabase(folders, environment.osName(), environment.home()).getParent();
    }

    Environment environment() {
        return environment;
    }

    String user() {
        return user != null ? user : environment.user();
    }

    /** {@code --today} shifts the system clock to that date but keeps it ticking, so countdowns still roll over. */
    Clock clock() {
        Clock system = environment.clock();
        if (today == null) {
            return system;
        }
        LocalDate real = LocalDate.now(system);
        return Clock.offset(system, Duration.ofDays(today.toEpochDay() - real.toEpochDay()));
    }
}
