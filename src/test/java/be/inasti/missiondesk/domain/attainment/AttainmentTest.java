package be.inasti.missiondesk.domain.attainment;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.catalogue.Catalogue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttainmentTest {
    private static final String V = "2019-2020";
    private static final LocalDate Q1_FROM = parse("2024-01-01");
    private static final LocalDate Q1_TO = parse("2024-03-31");

    private final Attainment attainment = new Attainment(Catalogue.bundled());

    private static LatenessCount count(String objective, long daysLate, long count) {
        return new LatenessCount(objective, V, daysLate, count);
    }

    private List<AttainmentRow> rowsOf(String objective, List<LatenessCount> stopped, List<LatenessCount> open) {
        return attainment.compute(Q1_FROM, Q1_TO, stopped, open).stream()
                .filter(r -> r.objective().equals(objective)).toList();
    }

    private AttainmentRow rowOf(String objective, List<LatenessCount> stopped, List<LatenessCount> open) {
        List<AttainmentRow> rows = rowsOf(objective, stopped, open);
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }

    @Test
    void met_counts_the_clocks_stopped_on_time_against_all_stopped() {
        AttainmentRow row = rowOf("CNH 4-01",
                List.of(count("CNH 4-01", 0, 18), count("CNH 4-01", 3, 2)),
                List.of(count("CNH 4-01", 5, 1)));

        assertThat(row.label().fr()).startsWith("Titres-services");
        assertThat(row.label().nl()).startsWith("Dienstencheques");
        assertThat(row.tierDays()).isEqualTo(20);
        assertThat(row.normPercent()).isEqualTo(95);
        assertThat(row.annualTarget()).isNull();
        assertThat(row.stopped()).isEqualTo(20);
        assertThat(row.met()).isEqualTo(18);
        assertThat(row.attainmentPercent()).isEqualTo(90.0);
        assertThat(row.openOverdue()).isEqualTo(1);
        assertThat(row.projectionPercent()).isEqualTo(85.7); // 18 of 21
        assertThat(row.belowNorm()).isTrue();
    }

    @ParameterizedTest(name = "{0} met of {1} stopped: {2} %, below the 95 % norm: {3}")
    @CsvSource({
            "2,  3,  66.7,  true",
            "1,  8,  12.5,  true",
            "1,  16, 6.3,   true",     // 6.25 rounds half up
            "19, 20, 95.0,  false",    // exactly the norm is not below it
            "190, 199, 95.5, false",
            "189, 199, 95.0, false",   // 94.97 rounds to 95.0
            "188, 199, 94.5, true",
            "7,  7,  100.0, false",
            "0,  4,  0.0,   true",
    })
    void the_percentage_is_rounded_to_one_decimal(long met, long stopped, double percent, boolean below) {
        AttainmentRow row = rowOf("CNH 5-01",
                List.of(count("CNH 5-01", 0, met), count("CNH 5-01", 10, stopped - met)), List.of());

        assertThat(row.attainmentPercent()).isEqualTo(percent);
        assertThat(row.projectionPercent()).isEqualTo(percent);
        assertThat(row.belowNorm()).isEqualTo(below);
    }

    @Test
    void an_objective_with_nothing_stopped_has_no_percentage_and_is_not_below_its_norm() {
        AttainmentRow row = rowOf("CNH 4-01", List.of(), List.of());

        assertThat(row.stopped()).isZero();
        assertThat(row.attainmentPercent()).isNull();
        assertThat(row.projectionPercent()).isNull();
        assertThat(row.belowNorm()).isFalse();
    }

    @Test
    void open_overdue_clocks_alone_project_zero_percent() {
        AttainmentRow row = rowOf("CNH 4-01", List.of(), List.of(count("CNH 4-01", 2, 3)));

        assertThat(row.attainmentPercent()).isNull();
        assertThat(row.openOverdue()).isEqualTo(3);
        assertThat(row.projectionPercent()).isEqualTo(0.0);
    }

    @Test
    void every_deadline_of_the_catalogue_gets_a_row_even_without_clocks() {
        List<AttainmentRow> rows = attainment.compute(Q1_FROM, Q1_TO, List.of(), List.of());

        assertThat(rows).extracting(AttainmentRow::objective)
                .contains("CNH 4-01", "CNH 4-02", "ECL 1-01", "ECL 2-02", "VOB 4-01", "VOB 1-01", "SOVCNH 1-01",
                        "P2P 1-02", "SEC 1-01", "SEC 1-02")
                .isSorted();
        // 44 objectives, ECL 5-01 with two tiers
        assertThat(rows).hasSize(45);
        assertThat(rows).filteredOn(r -> r.objective().equals("ECL 5-01")).hasSize(2);
    }

    @Test
    void a_months_objective_counts_the_clocks_stopped_by_their_due_date() {
        AttainmentRow row = rowOf("P2P 1-02", List.of(count("P2P 1-02", 0, 8), count("P2P 1-02", 12, 2)),
                List.of(count("P2P 1-02", 3, 2)));

        assertThat(row.tierDays()).isNull();
        assertThat(row.normPercent()).isEqualTo(90);
        assertThat(row.attainmentPercent()).isEqualTo(80.0);     // 8 of 10
        assertThat(row.projectionPercent()).isEqualTo(66.7);     // 8 of 12
        assertThat(row.belowNorm()).isTrue();
    }

    @Test
    void vob_1_01_is_neutralised_in_the_third_quarter_of_2019_and_never_below_its_norm_then() {
        List<AttainmentRow> rows = attainment.compute(parse("2019-07-01"), parse("2019-09-30"),
                List.of(count("VOB 1-01", 5, 4)), List.of());
        AttainmentRow vob = rows.stream().filter(r -> r.objective().equals("VOB 1-01")).findFirst().orElseThrow();

        assertThat(vob.neutralised()).isTrue();
        assertThat(vob.stopped()).isEqualTo(4);
        assertThat(vob.attainmentPercent()).isEqualTo(0.0);    // the counts stay; only the verdict goes
        assertThat(vob.belowNorm()).isFalse();
        assertThat(vob.shortfall()).isZero();
        assertThat(rows).filteredOn(AttainmentRow::neutralised).extracting(AttainmentRow::objective)
                .containsExactly("VOB 1-01");
    }

    @Test
    void a_year_overlapping_a_neutralised_half_only_in_part_is_measured_in_full() {
        AttainmentRow vob = attainment.compute(parse("2019-01-01"), parse("2019-12-31"),
                List.of(count("VOB 1-01", 5, 4)), List.of()).stream()
                .filter(r -> r.objective().equals("VOB 1-01")).findFirst().orElseThrow();

        assertThat(vob.neutralised()).isFalse();
        assertThat(vob.belowNorm()).isTrue();
    }

    @Test
    void the_first_quarter_of_2019_neutralises_the_ecl_dvr_and_rek_objectives() {
        List<AttainmentRow> rows = attainment.compute(parse("2019-01-01"), parse("2019-03-31"), List.of(), List.of());

        assertThat(rows).filteredOn(AttainmentRow::neutralised).extracting(AttainmentRow::objective).containsExactly(
                "DVR 1-01", "DVR 1-02", "DVR 1-03", "ECL 1-01", "ECL 2-01", "ECL 2-02", "ECL 2-03", "ECL 2-04",
                "ECL 3-01", "ECL 4-01", "ECL 4-02", "ECL 5-01", "ECL 5-01", "REK 1-01");
    }

    @Test
    void the_store_is_told_which_clocks_count_only_from_2019() {
        LocalDate from2019 = parse("2019-01-01");
        assertThat(attainment.countedFrom()).containsExactlyInAnyOrder(new CountedFrom("ECL 4-01", V, from2019),
                new CountedFrom("DVR 1-01", V, from2019), new CountedFrom("DVR 1-02", V, from2019),
                new CountedFrom("DVR 1-03", V, from2019));
    }

    @Test
    void an_objective_without_mission_type_gets_a_row_when_clocks_were_counted() {
        AttainmentRow row = rowOf("VOB 1-01", List.of(count("VOB 1-01", 0, 3), count("VOB 1-01", 1, 1)), List.of());

        assertThat(row.tierDays()).isEqualTo(60);
        assertThat(row.attainmentPercent()).isEqualTo(75.0);
        assertThat(row.belowNorm()).isFalse(); // norm 70 %
    }

    @Test
    void a_fixed_date_objective_counts_clocks_stopped_by_the_date() {
        AttainmentRow row = rowOf("SOVCNH 1-01",
                List.of(count("SOVCNH 1-01", 0, 90), count("SOVCNH 1-01", 1, 10)), List.of());

        assertThat(row.tierDays()).isNull();
        assertThat(row.normPercent()).isEqualTo(95);
        assertThat(row.attainmentPercent()).isEqualTo(90.0);
        assertThat(row.belowNorm()).isTrue();
    }

    /**
     * ECL 5-01: the counts are days past the first due date (90 d). The 180 d tier is 90 days later, so a clock
     * stopped up to 90 days late still meets it, and an open clock is overdue for it only beyond 90 days late.
     */
    @Test
    void ecl_5_01_gives_one_row_per_tier_with_a_90_day_grace_for_the_second() {
        List<AttainmentRow> rows = rowsOf("ECL 5-01",
                List.of(count("ECL 5-01", 0, 5), count("ECL 5-01", 60, 3), count("ECL 5-01", 90, 1),
                        count("ECL 5-01", 91, 1)),
                List.of(count("ECL 5-01", 30, 2), count("ECL 5-01", 100, 1)));

        assertThat(rows).hasSize(2);
        AttainmentRow within90 = rows.get(0);
        AttainmentRow within180 = rows.get(1);

        assertThat(within90.tierDays()).isEqualTo(90);
        assertThat(within90.normPercent()).isEqualTo(50);
        assertThat(within90.stopped()).isEqualTo(10);
        assertThat(within90.met()).isEqualTo(5);
        assertThat(within90.attainmentPercent()).isEqualTo(50.0);
        assertThat(within90.belowNorm()).isFalse();
        assertThat(within90.openOverdue()).isEqualTo(3);        // 30 and 100 days late are both past 90 d
        assertThat(within90.projectionPercent()).isEqualTo(38.5); // 5 of 13

        assertThat(within180.tierDays()).isEqualTo(180);
        assertThat(within180.normPercent()).isEqualTo(80);
        assertThat(within180.stopped()).isEqualTo(10);
        assertThat(within180.met()).isEqualTo(9);                 // up to 90 days late
        assertThat(within180.attainmentPercent()).isEqualTo(90.0);
        assertThat(within180.openOverdue()).isEqualTo(1);        // only the one 100 days late (190 d open)
        assertThat(within180.projectionPercent()).isEqualTo(81.8); // 9 of 11
        assertThat(within180.belowNorm()).isFalse();
    }

    @Test
    void an_ecl_5_01_clock_100_days_past_its_first_due_date_is_overdue_for_both_tiers() {
        List<AttainmentRow> rows = rowsOf("ECL 5-01", List.of(), List.of(count("ECL 5-01", 100, 1)));

        assertThat(rows).extracting(AttainmentRow::openOverdue).containsExactly(1L, 1L);
    }

    @Test
    void an_ecl_5_01_clock_60_days_past_its_first_due_date_is_overdue_for_the_first_tier_only() {
        List<AttainmentRow> rows = rowsOf("ECL 5-01", List.of(), List.of(count("ECL 5-01", 60, 1)));

        assertThat(rows).extracting(AttainmentRow::openOverdue).containsExactly(1L, 0L);
    }

    @ParameterizedTest(name = "open ECL 5-01 clock {0} days past the first due date: overdue per tier {1}, {2}")
    @CsvSource({
            "1,  1, 0",
            "89, 1, 0",
            "90, 1, 0",    // 180 days open: due today for the second tier, not yet overdue
            "91, 1, 1",
    })
    void an_open_ecl_5_01_clock_is_overdue_for_the_second_tier_only_beyond_90_days_late(long daysLate,
            long firstTier, long secondTier) {
        List<AttainmentRow> rows = rowsOf("ECL 5-01", List.of(), List.of(count("ECL 5-01", daysLate, 1)));

        assertThat(rows).extracting(AttainmentRow::openOverdue).containsExactly(firstTier, secondTier);
    }

    @ParameterizedTest(name = "{0} to {1}: {2} due of the 600 a year")
    @CsvSource({
            "2025-04-01, 2025-06-30, 150",   // 3 months of 12: 600 / 4
            "2025-01-01, 2025-03-31, 150",   // February's 28 days owe as much as any month
            "2024-01-01, 2024-03-31, 150",   // leap year: the same quarter, the same target
            "2025-01-01, 2025-06-30, 300",   // half a year
            "2025-01-01, 2025-12-31, 600",
            "2024-01-01, 2024-12-31, 600",
            "2025-06-15, 2025-06-15, 2",     // one day of June's 30: 50 / 30 = 1.7
    })
    void ecl_1_01_is_due_pro_rata_over_the_period(LocalDate from, LocalDate to, int target) {
        AttainmentRow row = attainment.compute(from, to, List.of(), List.of()).stream()
                .filter(r -> r.objective().equals("ECL 1-01")).findFirst().orElseThrow();

        assertThat(row.annualTarget()).isEqualTo(target);
        assertThat(row.tierDays()).isNull();
        assertThat(row.normPercent()).isEqualTo(100);
        assertThat(row.stopped()).isZero();
        assertThat(row.attainmentPercent()).isEqualTo(0.0);
    }

    @Test
    void ecl_1_01_measures_the_situations_examined_against_the_quarter_target() {
        LocalDate from = parse("2025-04-01");
        LocalDate to = parse("2025-06-30");
        AttainmentRow row = attainment.compute(from, to, List.of(count("ECL 1-01", 0, 100), count("ECL 1-01", 0, 20)),
                List.of(count("ECL 1-01", 5, 7))).stream()
                .filter(r -> r.objective().equals("ECL 1-01")).findFirst().orElseThrow();

        assertThat(row.annualTarget()).isEqualTo(150);
        assertThat(row.stopped()).isEqualTo(120);
        assertThat(row.met()).isEqualTo(120);
        assertThat(row.attainmentPercent()).isEqualTo(80.0);
        assertThat(row.openOverdue()).isZero();
        assertThat(row.projectionPercent()).isEqualTo(80.0);
        assertThat(row.belowNorm()).isTrue();
    }

    @Test
    void more_situations_than_the_target_is_above_100_percent_and_not_below_norm() {
        AttainmentRow row = attainment.compute(parse("2025-04-01"), parse("2025-06-30"),
                List.of(count("ECL 1-01", 0, 165)), List.of()).stream()
                .filter(r -> r.objective().equals("ECL 1-01")).findFirst().orElseThrow();

        assertThat(row.attainmentPercent()).isEqualTo(110.0);
        assertThat(row.belowNorm()).isFalse();
    }

    @Test
    void a_count_under_an_unknown_catalogue_version_is_refused() {
        List<LatenessCount> stopped = List.of(new LatenessCount("CNH 4-01", "1999", 0, 1));

        assertThatThrownBy(() -> attainment.compute(Q1_FROM, Q1_TO, stopped, List.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("1999");
    }
}
