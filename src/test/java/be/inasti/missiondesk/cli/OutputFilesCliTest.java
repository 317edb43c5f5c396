package be.inasti.missiondesk.cli;

import static be.inasti.missiondesk.flows.Fixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.inasti.missiondesk.store.TableDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 21, item 2: no file MissionDesk writes goes over its own database (or the -wal and -shm files SQLite reads
 * back as part of it), a backup, the file the command reads, or an existing file of another kind unless --force says
 * so, however the path is spelt (a symbolic link, a hard link, ".."). Every attempt is made on a real database, which
 * must come out whole; and what MissionDesk does write is readable by its owner only.
 */
class OutputFilesCliTest extends CliTestBase {
    /** The commands that write a file a person names. */
    static final List<String> WRITERS = List.of("identity", "report-csv", "report-pdf", "errors", "export", "backup");
    /** The ways to name the database or a backup. */
    static final List<String> PRECIOUS = List.of("database", "wal", "shm", "backup", "symlink", "hardlink", "dotdot");

    Path requests;
    Path backup;

    @BeforeEach
    void aDeskSiteWithABackup() throws IOException {
        String centre = folder.resolve("centre.db").toString();
        Path centreId = folder.resolve("centre.json");
        assertThat(run("--db", db(), "site", "init", "--id", "NAM-07", "--office", "NAMUR", "--role", "caseworker")
                .exit()).isZero();
        assertThat(run("--db", centre, "site", "init", "--id", "CENTRAL", "--office", "CENTRAL", "--role",
                "central").exit()).isZero();
        assertThat(run("--db", centre, "site", "export-identity", "--out", centreId.toString()).exit()).isZero();
        assertThat(run("--db", db(), "site", "register", centreId.toString()).exit()).isZero();
        addTitresServices();
        Path affiliates = Files.copy(flow("affiliates-cnh-1252.csv"), folder.resolve("affiliates.csv"));
        assertThat(run("--db", db(), "flow", "affiliates", affiliates.toString()).exit()).isZero();
        requests = Files.copy(flow("requests-2026-11.csv"), folder.resolve("requests.csv"));
        try (Stream<Path> copies = Files.list(folder.resolve("backups"))) {
            backup = copies.filter(f -> f.toString().endsWith(".db")).findFirst().orElseThrow();
        }
    }

    String[] writing(String writer, Path target, String... extra) {
        String to = target.toString();
        String[] args = switch (writer) {
            case "identity" -> new String[] {"site", "export-identity", "--out", to};
            case "report-csv", "report-pdf" -> new String[] {"report", "--from", "2026-01-01", "--to", "2026-11-23",
                "--format", writer.substring(7), "--out", to};
            case "errors" -> new String[] {"flow", "requests", requests.toString(), "--office", "WAVRE", "--errors",
                to};
            case "export" -> new String[] {"export", "--to", to};
            case "backup" -> new String[] {"backup", "--to", to};
            default -> throw new IllegalArgumentException(writer);
        };
        return Stream.of(new String[] {"--db", db()}, args, extra).flatMap(Arrays::stream).toArray(String[]::new);
    }

    Path precious(String name) throws IOException {
        Path database = Path.of(db());
        return switch (name) {
            case "database" -> database;
            case "wal" -> database.resolveSibling("desk.db-wal");
            case "shm" -> database.resolveSibling("desk.db-shm");
            case "backup" -> backup;
            case "symlink" -> Files.createSymbolicLink(folder.resolve("report.csv"), database);
            case "hardlink" -> Files.createLink(folder.resolve("report.pdf"), database);
            case "dotdot" -> Files.createDirectories(folder.resolve("sub")).resolve("../desk.db");
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Stream<Arguments> attempts() {
        return WRITERS.stream().flatMap(w -> PRECIOUS.stream().map(p -> Arguments.of(w, p)));
    }

    /** What must not change: the database's rows, the backup's bytes, and the target as it is (or its absence). */
    record Snapshot(String rows, byte[] backup, Optional<byte[]> target, Optional<Path> link) {
        static Snapshot of(Path database, Path backup, Path target) throws IOException {
            return new Snapshot(TableDigest.of(database, TableDigest.WALL_CLOCK), Files.readAllBytes(backup),
                    Files.exists(target) ? Optional.of(Files.readAllBytes(target)) : Optional.empty(),
                    Files.isSymbolicLink(target) ? Optional.of(Files.readSymbolicLink(target)) : Optional.empty());
        }

        void assertUnchanged(Snapshot after) {
            assertThat(after.rows).isEqualTo(rows);
            assertThat(after.backup).isEqualTo(backup);
            assertThat(after.target.isPresent()).isEqualTo(target.isPresent());
            target.ifPresent(bytes -> assertThat(after.target.orElseThrow()).isEqualTo(bytes));
            assertThat(after.link).isEqualTo(link);
        }
    }

    Snapshot snapshot(Path target) throws IOException {
        return Snapshot.of(Path.of(db()), backup, target);
    }

    /** Without --force, then with it where the command has it: overwriting these never makes sense. */
    static List<String[]> withAndWithoutForce(String writer) {
        return writer.equals("backup") ? List.<String[]>of(new String[0])
                : List.of(new String[0], new String[] {"--force"});
    }

    @ParameterizedTest(name = "{0} over the {1}")
    @MethodSource("attempts")
    void noOutputGoesOverTheDatabaseItsOwnFilesOrABackup(String writer, String precious) throws IOException {
        Path target = precious(precious);
        for (String[] force : withAndWithoutForce(writer)) {
            Snapshot before = snapshot(target);

            Run run = run(writing(writer, target, force));

            assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
            assertThat(run.err()).contains("nothing was written");
            before.assertUnchanged(snapshot(target));
            assertThat(TableDigest.integrity(Path.of(db()))).isEqualTo("ok");
            assertThat(run("--db", db(), "queue").exit()).isZero();
        }
    }

    @Test
    void theFileBeingImportedIsNeverItsOwnErrorReportNorIsAnythingImported() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("errors.csv"), requests);
        for (Path target : List.of(requests, link)) {
            for (String[] force : withAndWithoutForce("errors")) {
                Snapshot before = snapshot(requests);

                Run run = run(writing("errors", target, force));

                assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
                assertThat(run.err()).contains("is the file being read", "nothing was written");
                before.assertUnchanged(snapshot(requests));
            }
        }
    }

    @ParameterizedTest(name = "{0} over a text file")
    @MethodSource("replaceable")
    void anExistingFileOfAnotherKindIsReplacedOnlyWithForce(String writer) throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "my notes, kept for years\n");
        Snapshot before = snapshot(notes);

        Run refused = run(writing(writer, notes));

        assertThat(refused.refusedInOneLine()).as(refused.err()).isTrue();
        assertThat(refused.err()).contains("already exists and is not", "--force");
        before.assertUnchanged(snapshot(notes));
        Run forced = run(writing(writer, notes, "--force"));
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(Files.readString(notes, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("my notes");
    }

    static Stream<String> replaceable() {
        return WRITERS.stream().filter(w -> !w.equals("backup"));
    }

    @Test
    void aFileOfTheKindBeingWrittenIsReplacedAsBefore() throws IOException {
        for (String writer : replaceable().toList()) {
            Path target = folder.resolve("again-" + writer + switch (writer) {
                case "report-pdf" -> ".pdf";
                case "export" -> ".mdbatch";
                case "identity" -> ".json";
                default -> ".csv";
            });
            Run first = run(writing(writer, target));
            Run second = run(writing(writer, target));

            assertThat(first.exit()).as(writer + ": " + first.err()).isZero();
            assertThat(second.exit()).as(writer + ": " + second.err()).isZero();
        }
    }

    @ParameterizedTest(name = "{0} over a folder")
    @MethodSource("replaceable")
    void aFolderIsNeverATarget(String writer) throws IOException {
        Path target = Files.createDirectories(folder.resolve("documents"));
        Files.writeString(target.resolve("letter.txt"), "kept");
        String before = TableDigest.of(Path.of(db()), TableDigest.WALL_CLOCK);

        Run run = run(writing(writer, target));

        assertThat(run.refusedInOneLine()).as(run.err()).isTrue();
        assertThat(run.err()).contains("is a folder");
        assertThat(Files.readString(target.resolve("letter.txt"))).isEqualTo("kept");
        assertThat(TableDigest.of(Path.of(db()), TableDigest.WALL_CLOCK)).isEqualTo(before);
    }

    @Test
    void everyFileMissionDeskWritesIsItsOwnersAlone() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path report = folder.resolve("out/report.pdf");
        Path csv = folder.resolve("out/report.csv");
        Path errors = folder.resolve("out/errors.csv");
        Path batch = folder.resolve("out/desk.mdbatch");
        Path copy = folder.resolve("out/copy.db");
        Path fresh = folder.resolve("fresh/fresh.db");

        for (String[] args : List.of(writing("report-pdf", report), writing("report-csv", csv),
                writing("errors", errors), writing("export", batch), writing("backup", copy),
                new String[] {"--db", fresh.toString(), "mission", "add", "--type", "TITRES_SERVICES", "--office",
                    "NAMUR", "--assignee", "vrenard", "--received", "2026-11-10"})) {
            Run run = run(args);
            assertThat(run.exit()).as(run.err()).isZero();
        }

        try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
            Stream.concat(Stream.of(report, csv, errors, batch, copy, fresh), backups).forEach(f -> assertThat(
                    permissions(f)).as(f.toString()).isEqualTo("rw-------"));
        }
    }

    private static String permissions(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
