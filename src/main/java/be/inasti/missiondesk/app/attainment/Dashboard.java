package be.inasti.missiondesk.app.attainment;

import be.inasti.missiondesk.domain.attainment.AttainmentRow;
import be.inasti.missiondesk.domain.mission.Office;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The attainment dashboard of a period: every objective and tier, those below their norm first, and the monthly
 * trend (attainment of each objective-and-tier, month by month).
 */
public record Dashboard(LocalDate from, LocalDate to, Optional<Office> office, List<AttainmentRow> rows,
        Map<YearMonth, List<AttainmentRow>> months) {

    public Dashboard {
        rows = List.copyOf(rows);
        months = Map.copyOf(months);
    }

    /** The month-by-month percentages of one objective's tier (null where nothing stopped that month). */
    public List<Double> trend(String objective, Integer tierDays) {
        return months.keySet().stream().sorted().map(m -> months.get(m).stream()
                .filter(r -> r.objective().equals(objective) && Objects.equals(r.tierDays(), tierDays))
                .findFirst().map(AttainmentRow::attainmentPercent).orElse(null)).toList();
    }
}
