package be.inasti.missiondesk.domain.mission;

/** How a mission (or one of its steps) ended, in the words caseworkers use. */
public enum Outcome {
    DROIT_ACCORDE,
    DROIT_REFUSE,
    PAIEMENT_EXECUTE,
    REPONSE_ENVOYEE,
    MAINTIEN,
    RADIATION,
    REVISION_DECIDEE,
    CLASSEMENT_SANS_SUITE,
    TRANSMIS_AU_VOB,
    TRANSMIS_A_L_ONSS,
    SITUATION_EXAMINEE
}
