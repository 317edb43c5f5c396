package be.inasti.missiondesk.domain.attainment;

import java.time.LocalDate;

/** Clocks of objective {@code code} under catalogue {@code version} count only when started on or after {@code from}. */
public record CountedFrom(String code, String version, LocalDate from) {
}
