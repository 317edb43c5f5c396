package be.inasti.missiondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.domain.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Double-clicking a batch file starts 'missiondesk FILE.mdbatch': the window opens with that file; {@code --lang}
 * opens it in a language for this run.
 */
class BatchFileArgumentTest extends CliTestBase {

    @Test
    void aBatchFileAsOnlyArgumentOpensTheWindowWithIt() throws Exception {
        Path batch = Files.writeString(folder.resolve("desk-namur.mdbatch"), "not read by the command line");

        Run run = run("--db", db(), batch.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(guiOpenedWith).extracting(Gui.Start::batchFile).containsExactly(Optional.of(batch));
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
        assertThat(guiOpenedWith).extracting(Gui.Start::batchFile).containsExactly(Optional.empty());
    }

    @Test
    void langOpensTheWindowInThatLanguageWithOrWithoutTheGuiCommand() {
        Run bare = run("--db", db(), "--lang", "nl");
        Run gui = run("--db", db(), "gui", "--lang", "de");

        assertThat(bare.exit()).as(bare.err()).isZero();
        assertThat(gui.exit()).as(gui.err()).isZero();
        assertThat(guiOpenedWith).extracting(Gui.Start::language)
                .containsExactly(Optional.of(Language.NL), Optional.of(Language.DE));
    }

    @Test
    void aLanguageMissionDeskDoesNotSpeakIsAUsageErrorNamingTheFour() {
        Run run = run("--db", db(), "--lang", "es");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("es", "fr, nl, de, en");
        assertThat(guiOpenedOn).isEmpty();
    }
}
