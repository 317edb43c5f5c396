package be.inasti.missiondesk.domain.attainment;

/**
 * One bucket of the aggregate the store computes: {@code count} clocks of an objective (under one catalogue
 * version) that were {@code daysLate} days past their first tier's due date, 0 meaning on time or early.
 */
public record LatenessCount(String objectiveCode, String catalogueVersion, long daysLate, long count) {
}
