package be.inasti.missiondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the command line as a user would, on a database in a temporary folder, capturing what it prints. */
abstract class CliTestBase {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String NISS = "85073003328";

    @TempDir
    Path folder;

    final List<Services> guiOpenedOn = new ArrayList<>();
    final List<Gui.Start> guiOpenedWith = new ArrayList<>();
    Map<String, String> env = Map.of();

    record Run(int exit, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }

        /** Refused as a person reads it: an exit code that says so, and one line on stderr, no stack trace. */
        boolean refusedInOneLine() {
            String said = err.strip();
            return exit != 0 && said.startsWith("missiondesk: ") && !said.contains("\n") && !said.contains("Exception")
                    && !said.contains("\tat ");
        }
    }

    Run run(String... args) {
        return runWith(Services::open, args);
    }

    /** Runs with databases opened another way (read-only, size-capped). */
    Run runWith(ServicesFactory factory, String... args) {
        Environment environment = new Environment(env, "Linux", folder.resolve("home").toString(), "osuser",
                TestServices.clockAt(TODAY));
        CommandLine cli = Cli.create(factory, (services, start) -> {
            guiOpenedOn.add(services);
            guiOpenedWith.add(start);
            return 0;
        }, environment, args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    String db() {
        return folder.resolve("desk.db").toString();
    }

    String addTitresServices() {
        Run added = run("--db", db(), "mission", "add", "--type", "TITRES_SERVICES", "--office", "NAMUR",
                "--assignee", "vrenard", "--received", "2026-11-10", "--niss", NISS, "--name", "Marie Dupont");
        assertThat(added.exit()).as(added.err()).isZero();
        return added.lastLine();
    }

    JsonNode json(Run run) throws Exception {
        assertThat(run.exit()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }
}
