package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.flow.Affiliate;
import be.inasti.missiondesk.domain.flow.LineProblem;
import be.inasti.missiondesk.domain.flow.PlannedLine;
import be.inasti.missiondesk.domain.flow.PlannedMission;
import java.util.List;

/** What a planner made of a file's rows: the verdict per valid line, the problems, and what to write. */
record Draft(List<PlannedLine> lines, List<LineProblem> problems, List<PlannedMission> missions,
        List<Affiliate> affiliates) {
}
