/**
 * The institute's rules in plain Java: objectives and their norms, missions and their workflows, deadline
 * clocks, attainment, and the identifiers users type. No JavaFX, no jOOQ, no java.sql (an ArchUnit test
 * keeps it so); time always comes in as a {@link java.time.LocalDate} chosen by the caller.
 */
package be.inasti.missiondesk.domain;
