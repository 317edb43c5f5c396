package be.inasti.missiondesk.domain.attainment;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.catalogue.CatalogueVersion;
import be.inasti.missiondesk.domain.catalogue.Objective;
import be.inasti.missiondesk.domain.catalogue.ObjectiveKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns the store's lateness aggregates into attainment per objective and tier. The database counts (no mission
 * is loaded); the rules (which tier a delay still meets, what an annual count is due over a period) stay here.
 */
public final class Attainment {
    private final Catalogue catalogue;

    public Attainment(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Every objective of the version in force on {@code to} gets its rows, clocks or not: each is a deadline a clock
     * measures (P2P 1-01, a yearly collection rate, is left out of the catalogue). Objectives of an older version
     * get theirs when clocks started under it were counted.
     *
     * @param stopped clocks stopped in the period [from, to], not cancelled
     * @param lateAtEnd clocks not stopped by the period's end (stopped later, or still open) that were past their
     *        first due date by then: the misses a projection adds, the same whatever day the period is viewed on
     */
    public List<AttainmentRow> compute(LocalDate from, LocalDate to, List<LatenessCount> stopped,
            List<LatenessCount> lateAtEnd) {
        checkPeriod(from, to);
        Map<Key, List<LatenessCount>> stoppedByKey = stopped.stream().collect(Collectors.groupingBy(Key::of));
        Map<Key, List<LatenessCount>> lateByKey = lateAtEnd.stream().collect(Collectors.groupingBy(Key::of));
        Set<Key> keys = new TreeSet<>(Comparator.comparing(Key::code).thenComparing(Key::version));
        keys.addAll(stoppedByKey.keySet());
        keys.addAll(lateByKey.keySet());
        CatalogueVersion current = catalogue.versionOn(to);
        current.all().forEach(o -> keys.add(new Key(o.code(), current.id())));
        List<AttainmentRow> rows = new ArrayList<>();
        for (Key key : keys) {
            Objective objective = catalogue.objective(key.code(), key.version());
            boolean neutralised = catalogue.version(key.version()).orElseThrow().neutralised(key.code(), from, to);
            rows.addAll(rowsOf(objective, from, to, stoppedByKey.getOrDefault(key, List.of()),
                    lateByKey.getOrDefault(key, List.of()), neutralised));
        }
        return rows;
    }

    /**
     * The objectives whose clocks count only from a date (ECL 4-01: denunciations received from 1 January 2019),
     * for the store to leave the earlier ones out of its counts.
     */
    public List<CountedFrom> countedFrom() {
        return catalogue.versions().stream().flatMap(v -> v.all().stream()
                .flatMap(o -> o.countsFrom().map(d -> new CountedFrom(o.code(), v.id(), d)).stream()))
                .toList();
    }

    /** A period must not end before it starts: said once here for the command line, reports and the window. */
    public static void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new DomainException("attainment.periodReversed", to, from);
        }
    }

    private static List<AttainmentRow> rowsOf(Objective objective, LocalDate from, LocalDate to,
            List<LatenessCount> stopped, List<LatenessCount> open, boolean neutralised) {
        long total = stopped.stream().mapToLong(LatenessCount::count).sum();
        if (objective.kind() == ObjectiveKind.ANNUAL_COUNT) {
            return List.of(annualCountRow(objective, from, to, total, neutralised));
        }
        List<AttainmentRow> rows = new ArrayList<>();
        List<Integer> norms = objective.norms();
        for (int tier = 0; tier < norms.size(); tier++) {
            long grace = graceAfterFirstDue(objective, tier);
            long met = stopped.stream().filter(c -> c.daysLate() <= grace).mapToLong(LatenessCount::count).sum();
            long overdue = open.stream().filter(c -> c.daysLate() > grace).mapToLong(LatenessCount::count).sum();
            Integer days = objective.kind() == ObjectiveKind.DAYS ? objective.tiers().get(tier).days() : null;
            Integer months = objective.kind() == ObjectiveKind.MONTHS ? objective.months() : null;
            rows.add(new AttainmentRow(objective.code(), objective.label(), days, months, norms.get(tier), null,
                    total, met,
                    percent(met, total), overdue, percent(met, total + overdue), neutralised));
        }
        return rows;
    }

    /** Days past the first due date a clock may stop and still meet tier {@code tier} (0 for the first). */
    private static long graceAfterFirstDue(Objective objective, int tier) {
        return objective.kind() == ObjectiveKind.DAYS
                ? objective.tiers().get(tier).days() - objective.tiers().getFirst().days()
                : 0;
    }

    /** ECL 1-01: the yearly count is due pro rata over the period ({@link ProRata}: 600 a year is 150 a quarter). */
    private static AttainmentRow annualCountRow(Objective objective, LocalDate from, LocalDate to, long examined,
            boolean neutralised) {
        int target = ProRata.due(objective.annualCount(), from, to);
        Double percent = percent(examined, target);
        return new AttainmentRow(objective.code(), objective.label(), null, null, 100, target, examined, examined,
                percent, 0, percent, neutralised);
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private record Key(String code, String version) {
        static Key of(LatenessCount c) {
            return new Key(c.objectiveCode(), c.catalogueVersion());
        }
    }
}
