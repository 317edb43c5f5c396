package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.flows.csv.ColumnNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The caisses d'assurances sociales, read from {@code flows/caisses.csv}: a reference list that changes when caisses
 * merge, so it is data. Files name a caisse by code or by one of its names, in any case, with or without accents.
 */
public final class Caisses {
    /** The Caisse nationale auxiliaire, which grants titres-services to its affiliated mothers. */
    public static final String CNH = "CNH";

    public record Caisse(String code, String name) {
    }

    private final List<Caisse> all;
    private final Map<String, Caisse> byName;

    private Caisses(List<Caisse> all, Map<String, Caisse> byName) {
        this.all = all;
        this.byName = byName;
    }

    public static Caisses bundled() {
        try (InputStream in = Objects.requireNonNull(Caisses.class.getResourceAsStream("/flows/caisses.csv"));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return of(reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).skip(1).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled list of caisses", e);
        }
    }

    /** From lines {@code code;name;alias|alias}. */
    static Caisses of(List<String> lines) {
        List<Caisse> all = new ArrayList<>();
        Map<String, Caisse> byName = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split(";", -1);
            Caisse caisse = new Caisse(parts[0], parts[1]);
            all.add(caisse);
            Stream.concat(Stream.of(parts[0], parts[1]), Arrays.stream(parts[2].split("\\|")))
                    .forEach(name -> byName.put(ColumnNames.normalize(name), caisse));
        }
        return new Caisses(List.copyOf(all), Map.copyOf(byName));
    }

    public Optional<Caisse> find(String typed) {
        return Optional.ofNullable(byName.get(ColumnNames.normalize(typed)));
    }

    /** The codes, for messages naming what is accepted. */
    public String codes() {
        return String.join(", ", all.stream().map(Caisse::code).toList());
    }
}
