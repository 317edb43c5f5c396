package be.inasti.missiondesk.domain.flow;

import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.domain.workflow.NewMission;
import java.time.LocalDate;

/**
 * How to import a file: which flow, the day it was received (the day its clocks start), the office and agent its
 * missions go to (a flow names neither), and whether one bad line refuses the whole file.
 */
public record ImportOptions(FlowKind kind, LocalDate received, Office office, String assignee, boolean strict) {

    /** An affiliates list opens no mission, so it goes to no office. */
    public static ImportOptions affiliates(LocalDate received, boolean strict) {
        return new ImportOptions(FlowKind.AFFILIATES, received, null, null, strict);
    }

    public NewMission mission(MissionType type, Subject subject, Source source, LocalDate receivedOn, String objective,
            String notes) {
        return new NewMission(type, office, assignee, subject, source, receivedOn, objective, Priority.NORMAL, notes);
    }
}
