package be.inasti.missiondesk.app.bench;

import be.inasti.missiondesk.domain.identity.Niss;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * A births file and the affiliates file that makes every mother a CNH affiliate, so every line opens a mission
 * with its clock, history, natural key and operations: the heaviest import there is. Written line by line, as the
 * flow's memory is measured on a million lines (performance.md).
 */
public record BirthsFiles(Path affiliates, Path births) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Serial numbers a day of birth has in a NISS (001 to 998). */
    private static final int SERIALS = 998;

    public static BirthsFiles write(Path folder, int lines, LocalDate today) {
        return write(folder, 0, lines, today);
    }

    /** The same for the mothers {@code first} to {@code first + lines - 1}: files whose lines another's do not hold. */
    public static BirthsFiles write(Path folder, int first, int lines, LocalDate today) {
        return new BirthsFiles(
                write(folder.resolve("affiliates.csv"), "niss;nom;caisse;date_affiliation", first, lines, today,
                        m -> m[0] + ";" + m[1] + ";CNH;01/01/2015"),
                write(folder.resolve("births.csv"), "niss_mere;nom_mere;date_naissance;reference_enfant", first, lines,
                        today, m -> String.join(";", m)));
    }

    /**
     * Distinct valid NISS numbers for up to ten million lines (998 serials a day, 28 days a month, 12 months, 30
     * years); births spread over the last 20 days.
     */
    private static String[] mother(int i, LocalDate today) {
        int day = i / SERIALS;
        String nine = "%02d%02d%02d%03d".formatted(70 + day / 336 % 30, 1 + day / 28 % 12, 1 + day % 28,
                1 + i % SERIALS);
        return new String[] {Niss.withCheckDigits(nine, false).digits(), "Mère " + i,
                today.minusDays(1 + i % 20).format(DAY), "RN-2026-%06d".formatted(i)};
    }

    private static Path write(Path file, String header, int first, int lines, LocalDate today,
            Function<String[], String> line) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            out.newLine();
            for (int i = first; i < first + lines; i++) {
                out.write(line.apply(mother(i, today)));
                out.newLine();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
