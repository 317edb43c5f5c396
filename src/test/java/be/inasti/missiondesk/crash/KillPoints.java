package be.inasti.missiondesk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.Scratch;
import be.inasti.missiondesk.store.TableDigest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Kills a scenario's child process at spread-out moments and checks each time what a user would find: a sound
 * database holding exactly the state before or exactly the state after, backups that are complete copies of the
 * state before, and no file that looks complete but is not.
 */
final class KillPoints {
    /** What the kills of one scenario found: how often the database was left before, and after, the operation. */
    record Tally(int before, int after) {
        int total() {
            return before + after;
        }
    }

    /**
     * Kills fall up to this many times the complete run's duration after the start; the last run is left to
     * finish (a loaded machine may make it slower than the timed one), so the state after is checked as well.
     */
    private static final double LATEST = 1.3;

    private final Path scratch;

    KillPoints(Path scratch) {
        this.scratch = scratch;
    }

    /**
     * Times one complete run and the JVM's bare start, then kills {@code points} runs at moments spread evenly
     * (with jitter) from the start of the work to a while after its end.
     */
    Tally kill(Scenario scenario, int points) {
        Path reference = fresh(scenario, "reference");
        String before = digest(scenario, reference);
        long startup = new ChildLauncher(reference).runToTheEnd(List.of("--version"));
        long complete = new ChildLauncher(reference).runToTheEnd(scenario.args());
        String after = digest(scenario, reference);
        assertThat(after).as("the operation must change the database").isNotEqualTo(before);
        Random random = new Random(scenario.name().hashCode());
        int left = 0;
        int done = 0;
        for (int i = 0; i < points; i++) {
            long delay = i == points - 1 ? complete * 5
                    : startup + (long) ((complete * LATEST - startup) * (i + random.nextDouble()) / points);
            Path work = fresh(scenario, "kill");
            new ChildLauncher(work).killAfter(scenario.args(), delay);
            boolean changed = check(scenario, work, before, after, "kill at " + delay + " ms");
            done += changed ? 1 : 0;
            left += changed ? 0 : 1;
        }
        return new Tally(left, done);
    }

    /** Checks a killed run's folder; returns whether the database holds the state after. */
    private boolean check(Scenario scenario, Path work, String before, String after, String when) {
        Path db = work.resolve(Scenario.DATABASE);
        assertThat(TableDigest.integrity(db)).as(when).isEqualTo("ok");
        String state = digest(scenario, work);
        assertThat(state).as(when + ": the state before or the state after, nothing in between").isIn(before, after);
        backupsAreCompleteCopiesOf(scenario, work.resolve("backups"), before, when);
        scenario.outputCheck().accept(work);
        return state.equals(after);
    }

    private static void backupsAreCompleteCopiesOf(Scenario scenario, Path backups, String before, String when) {
        for (Path file : list(backups)) {
            String name = file.getFileName().toString();
            if (isHiddenTemporary(name)) {
                continue;
            }
            assertThat(name).as(when).endsWith(".db");
            assertThat(TableDigest.integrity(file)).as(when + ": backup " + name).isEqualTo("ok");
            assertThat(TableDigest.of(file, scenario.ignored())).as(when + ": backup " + name).isEqualTo(before);
        }
    }

    /**
     * Where writers keep unfinished files: hidden, and named so no one takes them for a finished one (with the
     * rollback journal SQLite keeps beside a copy it is writing).
     */
    static boolean isHiddenTemporary(String name) {
        return name.startsWith(".missiondesk-") && name.matches(".*\\.part(-journal)?");
    }

    private static String digest(Scenario scenario, Path folder) {
        return TableDigest.of(folder.resolve(Scenario.DATABASE), scenario.ignored());
    }

    private Path fresh(Scenario scenario, String purpose) {
        Path work = scratch.resolve(scenario.name() + "-" + purpose);
        Scratch.delete(work);
        copy(scenario.prepared(), work);
        return work;
    }

    static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(from.relativize(f).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
