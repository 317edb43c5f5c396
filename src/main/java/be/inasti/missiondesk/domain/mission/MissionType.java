package be.inasti.missiondesk.domain.mission;

import java.util.Optional;

/**
 * The kinds of mission MissionDesk handles. {@code catalogueType} links a type to the objectives whose
 * {@code mission_type} column names it; "revenus manquants" controls share ECL_CONTROL's workflow but are
 * excluded from ECL 5-01, so they are a type of their own.
 */
public enum MissionType {
    TITRES_SERVICES,
    INFO_REQUEST,
    ECL_AFA,
    ECL_FALSE_SELF_EMPLOYED,
    ECL_DENUNCIATION,
    ECL_FINDING,
    ECL_CONTROL,
    ECL_CONTROL_REVENUS_MANQUANTS(null),
    ECL_A1;

    private final String catalogueType;

    MissionType() {
        this.catalogueType = name();
    }

    MissionType(String catalogueType) {
        this.catalogueType = catalogueType;
    }

    public Optional<String> catalogueType() {
        return Optional.ofNullable(catalogueType);
    }
}
