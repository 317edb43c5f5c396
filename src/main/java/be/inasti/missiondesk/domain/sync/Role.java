package be.inasti.missiondesk.domain.sync;

import be.inasti.missiondesk.domain.DomainException;
import java.util.Locale;

/** What an installation is for; it decides which operations other sites accept from it. */
public enum Role {
    CASEWORKER, INSPECTOR, COORDINATOR, CENTRAL;

    /** Coordinators and the central office move work between agents and offices; desks do not. */
    public boolean mayReassign() {
        return this == COORDINATOR || this == CENTRAL;
    }

    /** Desks work on their own office's missions only. */
    public boolean limitedToOwnOffice() {
        return !mayReassign();
    }

    /** The role named, whatever its case; none, or one unknown, is refused (an identity file may lack it). */
    public static Role parse(String text) {
        try {
            return valueOf(String.valueOf(text).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("site.unknownRole", text);
        }
    }
}
