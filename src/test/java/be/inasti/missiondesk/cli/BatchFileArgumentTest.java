package be.inasti.missiondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Double-clicking a batch file starts 'missiondesk FILE.mdbatch': the window opens with that file. */
class BatchFileArgumentTest extends CliTestBase {

    @Test
    void aBatchFileAsOnlyArgumentOpensTheWindowWithIt() throws Exception {
        Path batch = Files.writeString(folder.resolve("desk-namur.mdbatch"), "not read by the command line");

        Run run = run("--db", db(), batch.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(guiOpenedWith).containsExactly(Optional.of(batch));
    }

    @Test
    void aWordThatIsNeitherCommandNorBatchFileIsAUsageError() {
        Run run = run("--db", db(), "qeue");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'qeue' is neither a command nor a .mdbatch batch file");
        assertThat(guiOpenedOn).isEmpty();
    }

    @Test
    void noArgumentOpensTheWindowWithoutFile() {
        Run run = run("--db", db());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(guiOpenedWith).containsExactly(Optional.empty());
    }
}
