package be.inasti.missiondesk.domain.mission;

import java.util.List;

/** The regional offices (the "Walina" grouping) and the central administration in Brussels. */
public enum Office {
    WAVRE, LIBRAMONT, NAMUR, CENTRAL;

    public static final List<Office> REGIONAL = List.of(WAVRE, LIBRAMONT, NAMUR);
}
