package be.inasti.missiondesk.domain.catalogue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The objectives of one administration contract (e.g. the 2019-2020 avenant), in force from {@code validFrom}. */
public record CatalogueVersion(String id, LocalDate validFrom, Map<String, Objective> objectives) {
    public CatalogueVersion {
        objectives = Map.copyOf(objectives);
    }

    public Optional<Objective> objective(String code) {
        return Optional.ofNullable(objectives.get(code));
    }

    public Collection<Objective> all() {
        return objectives.values();
    }
}
