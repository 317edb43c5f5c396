package be.inasti.missiondesk.domain.workflow;

import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import java.time.LocalDate;

/** What a caseworker (or a flow) gives to open a mission; {@code objective} only for information requests. */
public record NewMission(
        MissionType type,
        Office office,
        String assignee,
        Subject subject,
        Source source,
        LocalDate receivedOn,
        String objective,
        Priority priority,
        String notes) {
}
