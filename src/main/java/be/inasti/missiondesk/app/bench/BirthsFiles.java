package be.inasti.missiondesk.app.bench;

import be.inasti.missiondesk.domain.identity.Niss;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A births file and the affiliates file that makes every mother a CNH affiliate, so every line opens a mission
 * with its clock, history, natural key and operations: the heaviest import there is.
 */
record BirthsFiles(Path affiliates, Path births) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static BirthsFiles write(Path folder, int lines, LocalDate today) {
        List<String[]> mothers = IntStream.range(0, lines).mapToObj(i -> mother(i, today)).toList();
        return new BirthsFiles(
                write(folder.resolve("affiliates.csv"), "niss;nom;caisse;date_affiliation",
                        mothers.stream().map(m -> m[0] + ";" + m[1] + ";CNH;01/01/2015").toList()),
                write(folder.resolve("births.csv"), "niss_mere;nom_mere;date_naissance;reference_enfant",
                        mothers.stream().map(m -> String.join(";", m)).toList()));
    }

    /** Distinct valid NISS numbers for up to 300 000 lines; births spread over the last 20 days. */
    private static String[] mother(int i, LocalDate today) {
        String nine = "%02d%02d%02d%03d".formatted(70 + i % 30, 1 + i % 12, 1 + i / 12 % 28, 1 + i / 336 % 998);
        return new String[] {Niss.withCheckDigits(nine, false).digits(), "Mère " + i,
                today.minusDays(1 + i % 20).format(DAY), "RN-2026-%06d".formatted(i)};
    }

    private static Path write(Path file, String header, List<String> lines) {
        List<String> all = new ArrayList<>(List.of(header));
        all.addAll(lines);
        try {
            return Files.write(file, all, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
