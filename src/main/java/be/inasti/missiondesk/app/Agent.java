package be.inasti.missiondesk.app;

import be.inasti.missiondesk.domain.mission.Office;

/** An agent as coordinators see one: a login at an office. */
public record Agent(Office office, String login) {
    @Override
    public String toString() {
        return login + " (" + office + ")";
    }
}
