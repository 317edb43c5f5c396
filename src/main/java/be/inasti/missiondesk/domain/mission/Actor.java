package be.inasti.missiondesk.domain.mission;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Who is working: the person using this installation and the installation (site) itself, the one builder of the
 * {@link Stamp} every history row carries. The site is read when a change is made, because setting the installation
 * up as a site changes it while it runs; the time comes from the injected clock.
 */
public final class Actor {
    private final String user;
    private final Supplier<String> site;
    private final Clock clock;

    public Actor(String user, Supplier<String> site, Clock clock) {
        this.user = user;
        this.site = site;
        this.clock = clock;
    }

    public String user() {
        return user;
    }

    public String site() {
        return site.get();
    }

    /** Who, when and where, for the change about to be stored. */
    public Stamp stamp() {
        return new Stamp(clock.instant(), user, site());
    }
}
