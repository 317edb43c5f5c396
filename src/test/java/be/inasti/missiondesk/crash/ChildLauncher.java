package be.inasti.missiondesk.crash;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code missiondesk} in a child JVM, as the launcher script would, and kills it with SIGKILL
 * ({@code destroyForcibly}) after a given delay: the power cut or the pulled plug, as the process sees it.
 */
final class ChildLauncher {
    private static final String MAIN = "be.inasti.missiondesk.Launcher";

    private final Path workFolder;

    ChildLauncher(Path workFolder) {
        this.workFolder = workFolder;
    }

    /** Runs to the end; returns how long it took, in milliseconds, failing if it did not exit 0. */
    long runToTheEnd(List<String> args) {
        long start = System.nanoTime();
        int exit = waitFor(start(args), 120_000);
        if (exit != 0) {
            throw new IllegalStateException("missiondesk " + args + " exited " + exit);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Kills the child after {@code delayMillis}; returns whether it had already finished by then. */
    boolean killAfter(List<String> args, long delayMillis) {
        Process child = start(args);
        try {
            if (child.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
                return true;
            }
            child.destroyForcibly();
            child.waitFor();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Process start(List<String> args) {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                // a quick start: the kill points fall in the work rather than in the JVM's warm-up
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                // sqlite-jdbc copies its native library to a temporary file a killed JVM never deletes: in the
                // test's folder, it goes with it instead of piling up in the system's temporary folder
                "-Dorg.sqlite.tmpdir=" + workFolder.toAbsolutePath(), MAIN));
        command.addAll(args);
        try {
            return new ProcessBuilder(command).directory(workFolder.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(workFolder.resolveSibling(workFolder.getFileName() + "-stderr.txt").toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a child JVM", e);
        }
    }

    private static int waitFor(Process child, long millis) {
        try {
            if (!child.waitFor(millis, TimeUnit.MILLISECONDS)) {
                child.destroyForcibly();
                throw new IllegalStateException("the child JVM did not finish in " + millis + " ms");
            }
            return child.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElseThrow();
    }
}
