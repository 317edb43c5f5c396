package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.mission.Stamp;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The person using this installation, and the installation (site) itself: written on every history row. The site
 * is read when a change is made, because setting the installation up as a site changes it while it runs.
 */
public final class Actor {
    private final String user;
    private final Supplier<String> site;

    public Actor(String user, Supplier<String> site) {
        this.user = user;
        this.site = site;
    }

    public String user() {
        return user;
    }

    public String site() {
        return site.get();
    }

    /** Who, when (from the injected clock) and where, for the change about to be stored. */
    public Stamp stamp(Clock clock) {
        return new Stamp(clock.instant(), user, site());
    }
}
