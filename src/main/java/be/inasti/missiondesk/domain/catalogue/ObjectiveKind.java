package be.inasti.missiondesk.domain.catalogue;

/** How an objective's norm is expressed in the administration contract. */
public enum ObjectiveKind {
    /** N % of cases handled within T calendar days, possibly in several tiers on one clock. */
    DAYS,
    /** N % of cases handled within M calendar months (P2P 1-02: reminders sent within 3 months). */
    MONTHS,
    /** Done by a date of the year (SOVCNH 1-01: notices sent by 31 May). */
    FIXED_DATE,
    /** A number of cases a year (ECL 1-01: 600 suspect A1 situations examined). */
    ANNUAL_COUNT
}
