package be.inasti.missiondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 6: what goes wrong with the database file is said for the person, in one line, with what to do; and
 * a PDF report prints nothing else than its own line (PDFBox's font warnings were printed under it).
 */
class FailuresInWordsTest extends CliTestBase {

    @Test
    void aFolderGivenAsTheDatabaseIsSaidInOneLine() throws IOException {
        Path folderAsDatabase = Files.createDirectories(folder.resolve("missions"));

        Run run = run("--db", folderAsDatabase.toString(), "queue");

        assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
        assertThat(run.err()).contains("is a folder", "--db").doesNotContain("SQLITE_", "java.");
    }

    @Test
    void aFileThatIsNoDatabaseIsSaidInOneLineAndLeftAsItWas() throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.db"), "niss;nom\n85073003328;Marie Dupont\n".repeat(40));

        Run run = run("--db", notes.toString(), "mission", "add", "--type", "TITRES_SERVICES", "--office", "NAMUR",
                "--assignee", "vrenard", "--received", "2026-11-10");

        assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
        assertThat(run.err()).contains("not a MissionDesk database", "--db").doesNotContain("SQLITE_", "java.");
        assertThat(Files.readString(notes)).startsWith("niss;nom");
    }

    @Test
    void aDatabaseBelowAFileIsSaidInOneLine() throws IOException {
        Path file = Files.writeString(folder.resolve("report.txt"), "a file, not a folder");

        Run run = run("--db", file.resolve("desk.db").toString(), "queue");

        assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
        assertThat(run.err()).contains("cannot create the folder").doesNotContain("java.");
    }

    /**
     * In a JVM of its own, started as the launcher script starts it: the tests' class path has a logging back end that
     * swallows everything, the installed application has none and PDFBox then logs to the console.
     */
    @Test
    void aPdfReportPrintsNoLibraryWarnings() throws Exception {
        assertThat(run("--db", db(), "demo", "--missions", "200").exit()).isZero();
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j")).collect(Collectors.joining(File.pathSeparator));
        Path stderr = folder.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", "-cp", classPath, "be.inasti.missiondesk.Launcher", "--db", db(),
                "--today", TODAY.toString(), "report", "--from", "2026-01-01", "--to", "2026-11-23", "--format",
                "pdf", "--out", folder.resolve("report.pdf").toString()));

        Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();

        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(Files.readString(stderr, StandardCharsets.UTF_8)).doesNotContainIgnoringCase("pdfbox")
                .doesNotContainIgnoringCase("font");
    }
}
