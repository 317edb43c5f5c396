package be.inasti.missiondesk.domain.flow;

import be.inasti.missiondesk.domain.workflow.Recorded;

/** A mission a preview will open, with its clocks and history, and the line key that will remember it. */
public record PlannedMission(String key, int line, Recorded recorded) {
}
