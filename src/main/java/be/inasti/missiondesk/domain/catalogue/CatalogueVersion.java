package be.inasti.missiondesk.domain.catalogue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objectives of one administration contract (e.g. the 2019-2020 avenant), in force from {@code validFrom},
 * with the periods it neutralises some of them for.
 */
public record CatalogueVersion(String id, LocalDate validFrom, Map<String, Objective> objectives,
        List<Neutralisation> neutralisations) {
    public CatalogueVersion {
        objectives = Map.copyOf(objectives);
        neutralisations = List.copyOf(neutralisations);
    }

    public Optional<Objective> objective(String code) {
        return Optional.ofNullable(objectives.get(code));
    }

    public Collection<Objective> all() {
        return objectives.values();
    }

    /**
     * Whether objective {@code code} is neutralised over the whole of [from, to]. A period only partly neutralised
     * is measured in full: the contract excuses the objective for those months, it does not remove them from a year.
     */
    public boolean neutralised(String code, LocalDate from, LocalDate to) {
        return neutralisations.stream().anyMatch(n -> n.code().equals(code) && n.covers(from, to));
    }
}
