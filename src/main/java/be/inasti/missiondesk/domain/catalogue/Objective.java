package be.inasti.missiondesk.domain.catalogue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An operational objective of the administration contract, e.g. {@code ECL 2-02}: "80 % of AFA files decided
 * within 365 days". {@code tiers} is empty unless the kind is {@link ObjectiveKind#DAYS}; a FIXED_DATE objective
 * has a {@code fixedDate}, a MONTHS one its {@code months}, and both their norm percent in {@code normPercent}; an
 * ANNUAL_COUNT one an {@code annualCount}. Its {@code label} is in the four languages of the window. Clocks started
 * before {@code countsFrom}, when given, are not counted (ECL 4-01: denunciations received from 2019 only).
 */
public record Objective(
        String code,
        String keyTask,
        String service,
        Labels label,
        ObjectiveKind kind,
        List<Tier> tiers,
        Integer annualCount,
        MonthDay fixedDate,
        Integer months,
        Integer normPercent,
        Optional<LocalDate> countsFrom,
        String clockStart,
        String clockStop,
        Optional<String> missionType) {

    public Objective {
        tiers = List.copyOf(tiers);
    }

    /** The dates each tier of a clock started on {@code start} falls due. */
    public List<LocalDate> dueDates(LocalDate start) {
        return switch (kind) {
            case DAYS -> tiers.stream().map(t -> start.plusDays(t.days())).toList();
            case MONTHS -> List.of(start.plusMonths(months));
            case FIXED_DATE -> List.of(nextOccurrence(fixedDate, start));
            case ANNUAL_COUNT -> List.of(LocalDate.of(start.getYear(), 12, 31));
        };
    }

    /** The norm percent of each tier, aligned with {@link #dueDates}; an annual count has no percent norm. */
    public List<Integer> norms() {
        return switch (kind) {
            case DAYS -> tiers.stream().map(Tier::normPercent).toList();
            case MONTHS, FIXED_DATE -> List.of(normPercent);
            case ANNUAL_COUNT -> List.of(100);
        };
    }

    private static LocalDate nextOccurrence(MonthDay day, LocalDate start) {
        LocalDate thisYear = day.atYear(start.getYear());
        return thisYear.isBefore(start) ? day.atYear(start.getYear() + 1) : thisYear;
    }

    Objective withTier(Tier extra) {
        var all = new ArrayList<>(tiers);
        all.add(extra);
        all.sort(Comparator.comparingInt(Tier::days));
        return new Objective(code, keyTask, service, label, kind, all, annualCount, fixedDate, months, normPercent,
                countsFrom, clockStart, clockStop, missionType);
    }
}
