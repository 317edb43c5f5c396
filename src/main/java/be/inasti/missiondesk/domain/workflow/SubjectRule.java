package be.inasti.missiondesk.domain.workflow;

import be.inasti.missiondesk.domain.mission.SubjectKind;

/** Whom a mission type concerns: a person (NISS), a company (BCE number), or either. */
public enum SubjectRule {
    PERSON, COMPANY, EITHER;

    /** Whether a subject of this kind fits; a subject not yet identified always does. */
    public boolean admits(SubjectKind kind) {
        return switch (kind) {
            case UNIDENTIFIED -> true;
            case PERSON -> this != COMPANY;
            case COMPANY -> this != PERSON;
        };
    }
}
