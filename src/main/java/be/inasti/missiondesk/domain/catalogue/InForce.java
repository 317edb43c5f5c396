package be.inasti.missiondesk.domain.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Which version of a rule is in force on a date: the last one started by then, each staying in force until the
 * next one starts; dates before the first version use the first (so an old case still has rules to follow).
 */
public final class InForce {
    private InForce() {
    }

    /** {@code versions} sorted by their first day. */
    public static <T> T on(LocalDate date, List<T> versions, Function<T, LocalDate> validFrom) {
        T inForce = versions.getFirst();
        for (T v : versions) {
            if (!validFrom.apply(v).isAfter(date)) {
                inForce = v;
            }
        }
        return inForce;
    }
}
