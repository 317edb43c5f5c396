package be.inasti.missiondesk.domain.mission;

/** Who a mission is about: a person (NISS), a company (BCE number), or someone not yet identified. */
public enum SubjectKind {
    PERSON, COMPANY, UNIDENTIFIED
}
