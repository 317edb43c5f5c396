package be.inasti.missiondesk.domain.catalogue;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.domain.DomainException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueTest {
    private static final LocalDate IN_2024 = parse("2024-06-01");
    private final Catalogue bundled = Catalogue.bundled();

    @Test
    void the_bundled_catalogue_is_the_2019_2020_contract_in_force_since_2019() {
        assertThat(bundled.versions()).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo("2019-2020");
            assertThat(v.validFrom()).isEqualTo(parse("2019-01-01"));
        });
        // one objective per code: ECL 5-01's two rows are one objective; 45 rows, 44 codes
        assertThat(bundled.versionOn(IN_2024).all()).hasSize(44);
    }

    @Test
    void every_objective_has_its_label_in_french_dutch_german_and_english() {
        assertThat(bundled.versions()).flatMap(CatalogueVersion::all).allSatisfy(o -> assertThat(
                List.of(o.label().fr(), o.label().nl(), o.label().de(), o.label().en())).as(o.code())
                .allSatisfy(label -> assertThat(label).isNotBlank()).doesNotHaveDuplicates());
    }

    @Test
    void a_label_is_said_in_the_language_asked_and_in_french_for_any_other() {
        Labels birthsDecision = bundled.objective("CNH 4-01", IN_2024).label();

        assertThat(birthsDecision.in(Locale.of("nl", "BE")))
                .isEqualTo("Dienstencheques na bevalling: beslissing over het recht");
        assertThat(birthsDecision.in(Locale.GERMAN))
                .isEqualTo("Dienstleistungsschecks nach der Entbindung: Entscheidung über den Anspruch");
        assertThat(birthsDecision.in(Locale.ENGLISH))
                .isEqualTo("Service vouchers after childbirth: decision on entitlement");
        assertThat(birthsDecision.in(Locale.FRENCH))
                .isEqualTo("Titres-services après accouchement: décision sur le droit")
                .isEqualTo(birthsDecision.in(Locale.ITALIAN)).isEqualTo(birthsDecision.in(Locale.ROOT));
    }

    @Test
    void ecl_5_01_has_two_tiers_on_one_clock() {
        Objective control = bundled.objective("ECL 5-01", IN_2024);

        assertThat(control.kind()).isEqualTo(ObjectiveKind.DAYS);
        assertThat(control.tiers()).containsExactly(new Tier(90, 50), new Tier(180, 80));
        assertThat(control.norms()).containsExactly(50, 80);
        assertThat(control.missionType()).contains("ECL_CONTROL");
        assertThat(control.dueDates(parse("2024-01-31"))).containsExactly(parse("2024-04-30"), parse("2024-07-29"));
    }

    @ParameterizedTest(name = "{0}: {1} days at {2} %")
    @CsvSource({
            "CNH 4-01, 20,  95",
            "CNH 4-02, 30,  95",
            "ECL 2-01, 90,  80",
            "ECL 2-02, 365, 80",
            "ECL 2-03, 90,  90",
            "ECL 2-04, 180, 90",
            "ECL 3-01, 30,  100",
            "ECL 4-01, 180, 80",
            "ECL 4-02, 60,  90",
            "INT 1-01, 7,   90",
    })
    void a_days_objective_has_one_tier(String code, int days, int norm) {
        assertThat(bundled.objective(code, IN_2024).tiers()).containsExactly(new Tier(days, norm));
    }

    @Test
    void sovcnh_1_01_is_due_on_31_may() {
        Objective notices = bundled.objective("SOVCNH 1-01", IN_2024);

        assertThat(notices.kind()).isEqualTo(ObjectiveKind.FIXED_DATE);
        assertThat(notices.fixedDate()).isEqualTo(MonthDay.of(5, 31));
        assertThat(notices.tiers()).isEmpty();
        assertThat(notices.norms()).containsExactly(95);
        assertThat(notices.dueDates(parse("2024-01-01"))).containsExactly(parse("2024-05-31"));
        assertThat(notices.dueDates(parse("2024-05-31"))).containsExactly(parse("2024-05-31"));
        assertThat(notices.dueDates(parse("2024-06-01"))).containsExactly(parse("2025-05-31"));
    }

    @Test
    void ecl_1_01_is_600_a_year() {
        Objective a1 = bundled.objective("ECL 1-01", IN_2024);

        assertThat(a1.kind()).isEqualTo(ObjectiveKind.ANNUAL_COUNT);
        assertThat(a1.annualCount()).isEqualTo(600);
        assertThat(a1.tiers()).isEmpty();
        assertThat(a1.dueDates(parse("2024-03-10"))).containsExactly(parse("2024-12-31"));
        assertThat(a1.missionType()).contains("ECL_A1");
    }

    /** The contract's note 7: reminders within 3 months of the due date (a month is a calendar month). */
    @Test
    void p2p_1_02_is_due_three_calendar_months_after_its_start() {
        Objective reminders = bundled.objective("P2P 1-02", IN_2024);

        assertThat(reminders.kind()).isEqualTo(ObjectiveKind.MONTHS);
        assertThat(reminders.months()).isEqualTo(3);
        assertThat(reminders.norms()).containsExactly(90);
        assertThat(reminders.tiers()).isEmpty();
        assertThat(reminders.dueDates(parse("2024-03-15"))).containsExactly(parse("2024-06-15"));
        assertThat(reminders.dueDates(parse("2024-11-30"))).containsExactly(parse("2025-02-28")); // no 30 February
        assertThat(reminders.label().de()).contains("Mahnungen");
    }

    @Test
    void the_complaints_objectives_sec_1_01_and_1_02_load() {
        assertThat(bundled.objective("SEC 1-01", IN_2024).tiers()).containsExactly(new Tier(10, 90));
        assertThat(bundled.objective("SEC 1-02", IN_2024).tiers()).containsExactly(new Tier(30, 95));
    }

    @Test
    void ecl_4_01_and_the_dvr_objectives_count_only_clocks_from_2019() {
        assertThat(bundled.objective("ECL 4-01", IN_2024).countsFrom()).contains(parse("2019-01-01"));
        assertThat(bundled.objective("DVR 1-03", IN_2024).countsFrom()).contains(parse("2019-01-01"));
        assertThat(bundled.objective("ECL 4-02", IN_2024).countsFrom()).isEmpty();
    }

    @ParameterizedTest(name = "{0} from {1} to {2}: neutralised {3}")
    @CsvSource({
            "VOB 1-01, 2019-07-01, 2019-09-30, true",    // within the second half of 2019
            "VOB 1-01, 2019-07-01, 2019-12-31, true",
            "VOB 1-01, 2019-01-01, 2019-12-31, false",   // the year overlaps it only in part: measured in full
            "VOB 1-01, 2020-01-01, 2020-03-31, false",
            "REK 1-01, 2019-02-01, 2019-02-28, true",
            "DVR 1-02, 2019-01-01, 2019-03-31, true",
            "ECL 5-01, 2019-01-01, 2019-03-31, true",
            "ECL 5-01, 2019-03-01, 2019-04-30, false",
            "CNH 4-01, 2019-01-01, 2019-03-31, false",
    })
    void the_contract_neutralises_some_objectives_for_a_while(String code, LocalDate from, LocalDate to,
            boolean neutralised) {
        assertThat(bundled.versionOn(from).neutralised(code, from, to)).isEqualTo(neutralised);
    }

    @Test
    void an_objective_without_mission_type_has_none() {
        assertThat(bundled.objective("VOB 1-01", IN_2024).missionType()).isEmpty();
    }

    @Test
    void the_eight_information_request_objectives_are_listed_by_code() {
        assertThat(bundled.objectivesOfType("INFO_REQUEST", IN_2024)).extracting(Objective::code).containsExactly(
                "CNH 5-01", "EAE 2-01", "INT 2-01", "PEN 3-01", "PMP 2-01", "SOVCNH 3-01", "SOVVOB 3-01", "VOB 4-01");
        assertThat(bundled.objectivesOfType("INFO_REQUEST", IN_2024))
                .allSatisfy(o -> assertThat(o.tiers()).containsExactly(new Tier(30, 95)));
    }

    @Test
    void the_afa_objectives_are_four() {
        assertThat(bundled.objectivesOfType("ECL_AFA", IN_2024)).extracting(Objective::code)
                .containsExactly("ECL 2-01", "ECL 2-02", "ECL 2-03", "ECL 2-04");
    }

    @Test
    void an_unknown_code_is_refused_naming_it() {
        assertThatThrownBy(() -> bundled.objective("XYZ 9-99", IN_2024))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("XYZ 9-99");
        assertThatThrownBy(() -> bundled.objective("XYZ 9-99", "2019-2020"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("XYZ 9-99");
    }

    @Test
    void an_unknown_version_is_refused_naming_it() {
        assertThatThrownBy(() -> bundled.objective("CNH 4-01", "1999"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("1999");
    }

    @Test
    void the_version_in_force_is_the_last_one_started_on_or_before_the_date() {
        Catalogue catalogue = twoVersions();

        assertThat(catalogue.versionOn(parse("2024-12-31")).id()).isEqualTo("2019-2020");
        assertThat(catalogue.versionOn(parse("2025-01-01")).id()).isEqualTo("2025");
        assertThat(catalogue.versionOn(parse("2030-06-01")).id()).isEqualTo("2025");
    }

    @Test
    void a_date_before_the_first_version_uses_the_first() {
        assertThat(twoVersions().versionOn(parse("2010-01-01")).id()).isEqualTo("2019-2020");
    }

    @Test
    void versions_are_kept_in_date_order_whatever_order_they_are_given_in() {
        assertThat(twoVersions().versions()).extracting(CatalogueVersion::id).containsExactly("2019-2020", "2025");
    }

    @Test
    void an_objective_is_read_from_the_version_in_force_or_from_a_named_version() {
        Catalogue catalogue = twoVersions();

        assertThat(catalogue.objective("CNH 4-01", parse("2024-12-31")).tiers()).containsExactly(new Tier(20, 95));
        assertThat(catalogue.objective("CNH 4-01", parse("2025-01-01")).tiers()).containsExactly(new Tier(15, 98));
        assertThat(catalogue.objective("CNH 4-01", "2019-2020").tiers()).containsExactly(new Tier(20, 95));
        assertThat(catalogue.objectivesOfType("TITRES_SERVICES", parse("2025-03-01")))
                .extracting(Objective::code).containsExactly("CNH 4-01");
    }

    @Test
    void an_objective_dropped_by_the_newer_version_is_unknown_after_it_starts() {
        Catalogue catalogue = twoVersions();

        assertThat(catalogue.objective("CNH 4-02", parse("2024-12-31")).code()).isEqualTo("CNH 4-02");
        assertThatThrownBy(() -> catalogue.objective("CNH 4-02", parse("2025-01-01")))
                .isInstanceOf(DomainException.class).hasMessageContaining("CNH 4-02");
    }

    @Test
    void a_catalogue_needs_a_version() {
        assertThatThrownBy(() -> new Catalogue(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "tier of {0} days at {1} % is refused")
    @CsvSource({"0, 50", "-1, 50", "30, 0", "30, 101"})
    void a_tier_needs_positive_days_and_a_percent_up_to_100(int days, int norm) {
        assertThatThrownBy(() -> new Tier(days, norm)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Given newest first on purpose. */
    static Catalogue twoVersions() {
        CatalogueVersion v2025 = new CatalogueVersion("2025", parse("2025-01-01"),
                Map.of("CNH 4-01", titresServices("CNH 4-01", 15, 98)), List.of());
        CatalogueVersion v2019 = new CatalogueVersion("2019-2020", parse("2019-01-01"), Map.of(
                "CNH 4-01", titresServices("CNH 4-01", 20, 95),
                "CNH 4-02", titresServices("CNH 4-02", 30, 95)), List.of());
        return new Catalogue(List.of(v2025, v2019));
    }

    static Objective titresServices(String code, int days, int norm) {
        Labels labels = new Labels("Titres-services", "Dienstencheques", "Dienstleistungsschecks", "Service vouchers");
        return new Objective(code, "CNH 4", "CNH", labels, ObjectiveKind.DAYS, List.of(new Tier(days, norm)),
                null, null, null, null, Optional.empty(), "start", "stop", Optional.of("TITRES_SERVICES"));
    }
}
