package be.inasti.missiondesk.bench;

import be.inasti.missiondesk.app.bench.BirthsFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Not a test: writes the files of the flow memory benchmark (performance.md), an affiliates list and a births file
 * of N lines whose every mother is a CNH affiliate, for {@code missiondesk flow} to be run on under
 * {@code /usr/bin/time -v}. Run with the test class path:
 * {@code java -cp "target/dist/lib/*:target/test-classes" be.inasti.missiondesk.bench.FlowFiles FOLDER N YYYY-MM-DD}.
 */
public final class FlowFiles {
    private FlowFiles() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args[0]));
        int lines = Integer.parseInt(args[1]);
        BirthsFiles files = BirthsFiles.write(folder, lines, LocalDate.parse(args[2]));
        System.out.printf("%s and %s: %d lines each%n", files.affiliates(), files.births(), lines);
    }
}
