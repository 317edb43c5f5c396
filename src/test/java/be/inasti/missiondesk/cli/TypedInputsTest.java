package be.inasti.missiondesk.cli;

import static be.inasti.missiondesk.flows.Fixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import be.inasti.missiondesk.store.TableDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 21, items 5 and 1: what a person types or a file carries that makes no sense is refused in one line before
 * anything is done: dates outside the years 1900–2199 (the year 0, a year of nine digits, a negative year), negative
 * counts, a demo larger than a million missions, logins that carry control characters or start like a formula or a
 * pipe, an unknown report language; and a usage error says what is wrong in one line, not the whole usage.
 */
class TypedInputsTest extends CliTestBase {
    static final List<String> DATES = List.of("0000-01-01", "1899-12-31", "2200-01-01", "+999999999-12-31",
            "-2026-01-01");
    static final List<String> DATE_OPTIONS = List.of("--today", "--received", "--on", "--from", "--to",
            "flow --received");

    String mission;

    @BeforeEach
    void oneMission() {
        mission = addTitresServices();
    }

    String digest() {
        return TableDigest.of(Path.of(db()), TableDigest.WALL_CLOCK);
    }

    String[] typing(String option, String date) {
        return switch (option) {
            case "--today" -> new String[] {"--db", db(), "--today", date, "queue"};
            case "--received" -> new String[] {"--db", db(), "mission", "add", "--type", "TITRES_SERVICES",
                "--office", "NAMUR", "--assignee", "vrenard", "--received", date};
            case "--on" -> new String[] {"--db", db(), "mission", "event", mission, "droit-accorde", "--on", date};
            case "--from" -> new String[] {"--db", db(), "kpi", "--from", date};
            case "--to" -> new String[] {"--db", db(), "report", "--from", "2026-01-01", "--to", date, "--format",
                "csv", "--out", folder.resolve("report.csv").toString()};
            case "flow --received" -> new String[] {"--db", db(), "flow", "births",
                flow("births-good-comma.csv").toString(), "--office", "NAMUR", "--received", date};
            default -> throw new IllegalArgumentException(option);
        };
    }

    static Stream<Arguments> datesWhereverTyped() {
        return DATES.stream().flatMap(d -> DATE_OPTIONS.stream().map(o -> Arguments.of(o, d)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("datesWhereverTyped")
    void aDateOutsideTheYears1900To2199IsRefusedInOneLineWhereverItIsTyped(String option, String date) {
        String before = digest();

        Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run(typing(option, date)));

        assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
        assertThat(run.err()).contains("1900", "2199");
        assertThat(digest()).isEqualTo(before);
        assertThat(folder.resolve("report.csv")).doesNotExist();
    }

    @Test
    void aDateOutsideTheYears1900To2199InAFlowFileRefusesItsLine() throws IOException {
        List<String> dates = List.of("01/01/0000", "31/12/1899", "01/01/2200", "0000-01-01");
        StringBuilder births = new StringBuilder("niss_mere;nom_mere;date_naissance;reference_enfant\n");
        dates.forEach(d -> births.append("90.03.14-126.07;Marie Dupont;").append(d).append(";RN-").append(d)
                .append('\n'));
        Path file = Files.writeString(folder.resolve("births.csv"), births);

        Run run = run("--db", db(), "flow", "births", file.toString(), "--office", "NAMUR");

        assertThat(run.exit()).as(run.err()).isZero();
        for (int i = 0; i < dates.size(); i++) {
            assertThat(run.out()).contains("line " + (i + 2) + ", date_naissance '" + dates.get(i)
                    + "': outside the years MissionDesk accepts (1900–2199)");
        }
        assertThat(run.out()).contains("bad lines: 4");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"team at-risk --days -5", "demo --missions 2000000000", "demo --missions 2147483647"})
    void aCountThatMakesNoSenseIsRefusedInOneLineAtOnce(String command) {
        String before = digest();
        String[] args = Stream.concat(Stream.of("--db", db()), Stream.of(command.split(" "))).toArray(String[]::new);

        Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run(args));

        assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
        assertThat(digest()).isEqualTo(before);
    }

    static Stream<Arguments> badLogins() {
        Stream<String> typed = Stream.of("=cmd|' /C calc'!A0", "+1+1", "@SUM(1)", "|ls", "vrenard\nroot",
                "vrenard\u001b[2J", "\tvrenard", "x".repeat(65));
        return Stream.concat(typed.map(login -> Arguments.of("mission add", login)),
                Stream.of(Arguments.of("queue", "=cmd|x"), Arguments.of("flow", "@x"), Arguments.of("reassign",
                        "=x")));
    }

    @ParameterizedTest(name = "{0} --assignee {1}")
    @MethodSource("badLogins")
    void anAssigneeThatIsNoLoginIsRefused(String command, String login) {
        String before = digest();
        String[] args = switch (command) {
            case "mission add" -> new String[] {"--db", db(), "mission", "add", "--type", "TITRES_SERVICES",
                "--office", "NAMUR", "--assignee", login, "--received", "2026-11-10"};
            case "queue" -> new String[] {"--db", db(), "queue", "--assignee", login};
            case "flow" -> new String[] {"--db", db(), "flow", "births", flow("births-good-comma.csv").toString(),
                "--office", "NAMUR", "--assignee", login};
            case "reassign" -> new String[] {"--db", db(), "reassign", mission, "--to", "NAMUR/" + login,
                "--reason", "x"};
            default -> throw new IllegalArgumentException(command);
        };

        Run run = run(args);

        assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
        assertThat(run.err()).contains("login");
        assertThat(digest()).isEqualTo(before);
    }

    @ParameterizedTest(name = "--lang {0}")
    @ValueSource(strings = {"xx", "", "es"})
    void aReportInALanguageMissionDeskDoesNotWriteIsRefused(String language) {
        Path out = folder.resolve("report.pdf");

        Run run = run("--db", db(), "report", "--from", "2026-01-01", "--to", "2026-11-23", "--format", "pdf",
                "--out", out.toString(), "--lang", language);

        assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
        assertThat(run.err()).contains("fr, nl, de", "en");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"queue --bogus", "mission add --type TITRES_SERVICES", "demo --missions many",
        "kpi --format xml"})
    void aUsageErrorIsOneLineThatPointsToHelp(String command) {
        String[] args = Stream.concat(Stream.of("--db", db()), Stream.of(command.split(" "))).toArray(String[]::new);

        Run run = run(args);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
        assertThat(run.err()).contains("--help");
        assertThat(run.out()).isEmpty();
    }
}
