package be.inasti.missiondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import be.inasti.missiondesk.store.TableDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 21, item 1 (its bounds on what a command reads): a named pipe, {@code /dev/zero}, {@code /dev/urandom} or a
 * folder given as a batch, a flow file or a site identity is refused at once as not a regular file, instead of
 * waiting forever or reading until the memory is gone; an identity file larger than any identity is refused unread.
 */
class NotRegularFilesTest extends CliTestBase {

    @BeforeEach
    void aDeskSite() {
        assertThat(run("--db", db(), "site", "init", "--id", "NAM-07", "--office", "NAMUR", "--role", "caseworker")
                .exit()).isZero();
    }

    static Stream<Arguments> readersAndSpecialFiles() {
        return Stream.of("import", "flow", "register").flatMap(r -> Stream.of(0, 1, 2, 3).map(i -> Arguments.of(r, i)));
    }

    String[] reading(String reader, Path file) {
        return switch (reader) {
            case "import" -> new String[] {"--db", db(), "import", file.toString()};
            case "flow" -> new String[] {"--db", db(), "flow", "births", file.toString(), "--office", "NAMUR"};
            case "register" -> new String[] {"--db", db(), "site", "register", file.toString()};
            default -> throw new IllegalArgumentException(reader);
        };
    }

    @ParameterizedTest(name = "{0} of special file {1}")
    @MethodSource("readersAndSpecialFiles")
    void whatIsNotARegularFileIsRefusedAtOnce(String reader, int which) throws IOException {
        Path file = SpecialFiles.all(folder, "input").get(which);
        String before = TableDigest.of(Path.of(db()), TableDigest.WALL_CLOCK);

        Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(reading(reader, file)));

        assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
        assertThat(run.err()).containsAnyOf("is not a regular file", "is a folder");
        assertThat(TableDigest.of(Path.of(db()), TableDigest.WALL_CLOCK)).isEqualTo(before);
    }

    @Test
    void anIdentityFileLargerThanAnyIdentityIsRefusedUnread() throws IOException {
        Path huge = Files.writeString(folder.resolve("huge.json"), "{\"format\": \"missiondesk-site/1\", "
                + "\"id\": \"BIG\", \"padding\": \"" + "x".repeat(65 * 1024) + "\"}");

        Run run = run("--db", db(), "site", "register", huge.toString());

        assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
        assertThat(run.err()).contains("too large", "64");
    }
}
