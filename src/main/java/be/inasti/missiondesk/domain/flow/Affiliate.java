package be.inasti.missiondesk.domain.flow;

import java.time.LocalDate;

/** What the local store knows of a person's affiliation: the caisse's code (CNH, XERIUS, …) and since when. */
public record Affiliate(String niss, String name, String caisse, LocalDate affiliatedOn) {
}
