package be.inasti.missiondesk.domain.catalogue;

import be.inasti.missiondesk.domain.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every version of the objectives catalogue. A version stays in force until the next one starts: a contract's
 * norms apply until a newer contract replaces them, so clocks started today still have an objective.
 */
public final class Catalogue {
    private static final String INDEX = "/catalogue/versions.csv";

    private final List<CatalogueVersion> versions;

    public Catalogue(List<CatalogueVersion> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a catalogue needs at least one version");
        }
        this.versions = versions.stream().sorted(Comparator.comparing(CatalogueVersion::validFrom)).toList();
    }

    /** The catalogue shipped with the application (resources {@code /catalogue/}). */
    public static Catalogue bundled() {
        List<String[]> index = CatalogueCsv.rows(readerOf(INDEX));
        return new Catalogue(index.stream().skip(1).map(Catalogue::loadVersion).toList());
    }

    /** A version's objectives, and the periods it neutralises some for when the index names such a file. */
    private static CatalogueVersion loadVersion(String[] indexRow) {
        String file = indexRow[1];
        String id = file.replaceFirst("^objectives-", "").replaceFirst("\\.csv$", "");
        CatalogueVersion version = CatalogueCsv.read(id, file, LocalDate.parse(indexRow[0]),
                readerOf("/catalogue/" + file));
        if (indexRow.length < 3 || indexRow[2].isBlank()) {
            return version;
        }
        String neutralisations = indexRow[2];
        return new CatalogueVersion(id, version.validFrom(), version.objectives(), NeutralisationsCsv.read(
                neutralisations, version.objectives().keySet(), readerOf("/catalogue/" + neutralisations)));
    }

    private static Reader readerOf(String resource) {
        InputStream in = Catalogue.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing resource " + resource));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The version in force on a date; dates before the first version use the first. */
    public CatalogueVersion versionOn(LocalDate date) {
        return InForce.on(date, versions, CatalogueVersion::validFrom);
    }

    public Optional<CatalogueVersion> version(String id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public List<CatalogueVersion> versions() {
        return versions;
    }

    /** The objective {@code code} as in force on {@code date}, or a message naming the unknown code. */
    public Objective objective(String code, LocalDate date) {
        return versionOn(date).objective(code)
                .orElseThrow(() -> new DomainException("catalogue.unknownObjective", code));
    }

    /** The objective in the version a clock was started under. */
    public Objective objective(String code, String versionId) {
        CatalogueVersion version = version(versionId)
                .orElseThrow(() -> new DomainException("catalogue.unknownVersion", versionId));
        return version.objective(code)
                .orElseThrow(() -> new DomainException("catalogue.objectiveNotInVersion", code, versionId));
    }

    /** The objectives of a mission type (CSV column {@code mission_type}) in force on a date, by code. */
    public List<Objective> objectivesOfType(String missionType, LocalDate date) {
        return versionOn(date).all().stream()
                .filter(o -> o.missionType().filter(missionType::equals).isPresent())
                .sorted(Comparator.comparing(Objective::code))
                .toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Catalogue c && c.versions.equals(versions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(versions);
    }
}
