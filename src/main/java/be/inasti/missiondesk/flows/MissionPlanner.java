package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.flow.LineProblem;
import be.inasti.missiondesk.domain.flow.PlannedLine;
import be.inasti.missiondesk.domain.flow.PlannedMission;
import be.inasti.missiondesk.domain.flow.Verdict;
import be.inasti.missiondesk.domain.workflow.MissionLifecycle;
import be.inasti.missiondesk.domain.workflow.NewMission;
import be.inasti.missiondesk.flows.csv.CsvTable;
import be.inasti.missiondesk.flows.csv.Row;
import be.inasti.missiondesk.store.FlowStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans the missions of a file: reads each row with its flow, groups lines by key (one mission per key, the notes
 * of all its lines), and opens a mission for each key neither in the store nor excluded by the flow.
 */
final class MissionPlanner {
    private final MissionLifecycle lifecycle;
    private final FlowStore store;

    MissionPlanner(MissionLifecycle lifecycle, FlowStore store) {
        this.lifecycle = lifecycle;
        this.store = store;
    }

    Draft plan(MissionFlow flow, CsvTable table, ImportOptions options, LocalDate today) {
        List<LineProblem> problems = new ArrayList<>();
        Map<String, List<MissionLine>> byKey = new LinkedHashMap<>();
        for (Row row : table.rows()) {
            LineCheck check = new LineCheck(row);
            flow.read(check, options).ifPresent(l -> byKey.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(l));
            problems.addAll(check.problems());
        }
        Set<String> known = store.knownKeys(options.kind().name(), byKey.keySet());
        Map<String, Explanation> excluded = flow.excluded(byKey.values().stream().map(List::getFirst).toList());
        List<PlannedLine> lines = new ArrayList<>();
        List<PlannedMission> missions = new ArrayList<>();
        byKey.forEach((key, group) -> {
            MissionLine first = group.getFirst();
            String subject = first.mission().subject().display();
            if (known.contains(key)) {
                lines.add(new PlannedLine(first.line(), Verdict.ALREADY_IMPORTED, subject,
                        Explanation.of("plan.inEarlierFile")));
            } else if (excluded.containsKey(key)) {
                lines.add(new PlannedLine(first.line(), Verdict.NOT_FOR_CNH, subject, excluded.get(key)));
            } else {
                var opened = lifecycle.open(withNotesOf(group), today);
                missions.add(new PlannedMission(key, first.line(), opened));
                lines.add(new PlannedLine(first.line(), Verdict.CREATE, subject,
                        Explanation.of("plan.value", first.mission().type().name())));
            }
            group.subList(1, group.size()).forEach(l -> lines.add(new PlannedLine(l.line(), Verdict.SAME_MISSION,
                    subject, Explanation.of("plan.sameMissionAs", first.line()))));
        });
        lines.sort(java.util.Comparator.comparingInt(PlannedLine::line));
        return new Draft(lines, problems, missions, List.of());
    }

    /** One mission for all the lines of a key: their notes joined, so that nothing a line said is lost. */
    private static NewMission withNotesOf(List<MissionLine> group) {
        NewMission m = group.getFirst().mission();
        String notes = String.join("; ", group.stream().map(l -> l.mission().notes()).distinct().toList());
        return new NewMission(m.type(), m.office(), m.assignee(), m.subject(), m.source(), m.receivedOn(),
                m.objective(), m.priority(), notes);
    }
}
