package be.inasti.missiondesk.ui.team;

import be.inasti.missiondesk.app.TeamRow;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A line of the team table: one agent, or the subtotal of an office, or the team's total. The office and login
 * say whose missions the line stands for (empty: all of them), so opening any line lists its missions. {@code load}
 * weighs the open missions by their type (an information request weighs 1).
 */
public record TeamLine(Level level, Optional<Office> office, Optional<String> login, int open, double load,
        int overdue, int atRisk, int dueIn7, int dueIn30, Map<MissionType, Integer> byType) {

    public enum Level { AGENT, OFFICE, TOTAL }

    public TeamLine {
        byType = Map.copyOf(byType);
    }

    static TeamLine of(TeamRow row) {
        return new TeamLine(Level.AGENT, Optional.of(row.agent().office()), Optional.of(row.agent().login()),
                row.open(), row.load(), row.overdue(), row.atRisk(), row.dueIn7(), row.dueIn30(), row.byType());
    }

    /** The sum of {@code rows}: an office's subtotal (office given) or the team's total (none). */
    static TeamLine sum(Optional<Office> office, List<TeamRow> rows) {
        Map<MissionType, Integer> byType = new HashMap<>();
        rows.forEach(r -> r.byType().forEach((t, n) -> byType.merge(t, n, Integer::sum)));
        return new TeamLine(office.isPresent() ? Level.OFFICE : Level.TOTAL, office, Optional.empty(),
                rows.stream().mapToInt(TeamRow::open).sum(), rows.stream().mapToDouble(TeamRow::load).sum(),
                rows.stream().mapToInt(TeamRow::overdue).sum(),
                rows.stream().mapToInt(TeamRow::atRisk).sum(), rows.stream().mapToInt(TeamRow::dueIn7).sum(),
                rows.stream().mapToInt(TeamRow::dueIn30).sum(), byType);
    }

    /** Agents office by office, each office followed by its subtotal, the team's total last. */
    static List<TeamLine> linesOf(List<TeamRow> rows) {
        List<TeamLine> lines = new ArrayList<>();
        rows.stream().map(r -> r.agent().office()).distinct().sorted().forEach(office -> {
            List<TeamRow> ofOffice = rows.stream().filter(r -> r.agent().office() == office).toList();
            ofOffice.forEach(r -> lines.add(of(r)));
            lines.add(sum(Optional.of(office), ofOffice));
        });
        lines.add(sum(Optional.empty(), rows));
        return lines;
    }
}
