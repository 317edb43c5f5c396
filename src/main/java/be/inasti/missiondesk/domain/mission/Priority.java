package be.inasti.missiondesk.domain.mission;

/** HIGH missions come first among equally urgent ones (e.g. revisions of radiation decisions). */
public enum Priority {
    NORMAL, HIGH
}
