package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.workflow.NewMission;

/**
 * A checked line of a mission flow: the natural key of the mission it asks for (lines with the same key, such as
 * twins or several documents of one affiliation, share one mission) and the mission, whose notes tell the line.
 */
record MissionLine(int line, String key, NewMission mission) {
}
