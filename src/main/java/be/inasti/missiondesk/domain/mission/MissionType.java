package be.inasti.missiondesk.domain.mission;

import java.util.Objects;

/**
 * A kind of mission, named by its code in the workflow data ({@code ECL_AFA}, {@code TITRES_SERVICES}, …). The
 * types are data, not code: which codes exist, their labels and their workflows are in
 * {@code catalogue/workflows-*.yaml}. Objectives whose {@code mission_type} column names the code are the ones an
 * information request of that type may count towards.
 */
public record MissionType(String code) {
    /** The types some code path names because a flow creates them (births, requests and affiliation files). */
    public static final MissionType TITRES_SERVICES = new MissionType("TITRES_SERVICES");
    public static final MissionType INFO_REQUEST = new MissionType("INFO_REQUEST");
    public static final MissionType ECL_AFA = new MissionType("ECL_AFA");

    public MissionType {
        Objects.requireNonNull(code, "code");
    }

    public static MissionType of(String code) {
        return new MissionType(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
