package be.inasti.missiondesk.domain.catalogue;

import java.time.LocalDate;

/**
 * A stretch of days over which the contract holds an objective as not measurable (VOB 1-01 in the second half of
 * 2019, the eDossier application being spared before Sequoia): attainment shows it neutralised, not a figure.
 */
public record Neutralisation(String code, LocalDate from, LocalDate to) {

    /** Whether the whole of [periodFrom, periodTo] lies within this stretch. */
    public boolean covers(LocalDate periodFrom, LocalDate periodTo) {
        return !periodFrom.isBefore(from) && !periodTo.isAfter(to);
    }
}
