package be.inasti.missiondesk.crash;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One operation to interrupt: the folder it starts from (a database {@code missiondesk.db} and its input files),
 * its command line (paths relative to that folder), the columns two complete runs may differ in, and what else
 * must hold of the folder after a kill (the export's file is complete or absent).
 */
record Scenario(String name, Path prepared, List<String> args, Pattern ignored, Consumer<Path> outputCheck) {
    static final String DATABASE = "missiondesk.db";

    static Scenario of(String name, Path prepared, Pattern ignored, String... args) {
        return new Scenario(name, prepared, List.of(args), ignored, folder -> { });
    }

    Scenario checkingOutput(Consumer<Path> check) {
        return new Scenario(name, prepared, args, ignored, check);
    }
}
