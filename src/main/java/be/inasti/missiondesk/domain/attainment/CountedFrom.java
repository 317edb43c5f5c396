package be.inasti.missiondesk.domain.attainment;

import java.time.LocalDate;

/** Clocks of objective {@code code} under catalogue {@code version} count only when started from {@code from} on. */
public record CountedFrom(String code, String version, LocalDate from) {
}
