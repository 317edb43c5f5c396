package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.mission.Office;
import java.util.Optional;

/** Which missions to list: by office, assignee, a clock state any of their clocks is in; closed ones or not. */
public record QueueQuery(Optional<Office> office, Optional<String> assignee, Optional<ClockState> state,
        boolean includeClosed) {

    public static QueueQuery open() {
        return new QueueQuery(Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}
