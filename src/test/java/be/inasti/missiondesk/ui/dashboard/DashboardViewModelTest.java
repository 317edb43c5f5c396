package be.inasti.missiondesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.app.report.ReportService;
import be.inasti.missiondesk.domain.attainment.AttainmentRow;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.ui.common.DeskFixture;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardViewModelTest {
    @TempDir
    static Path folder;

    private static DeskFixture desk;
    private DashboardViewModel model;
    private final List<String> asked = new ArrayList<>();
    private Optional<Path> chosen = Optional.empty();
    private ReportViewModel reports;

    @BeforeAll
    static void seed() {
        desk = DeskFixture.seeded(folder, 400);
    }

    @BeforeEach
    void open() {
        Messages messages = new Messages(Locale.FRENCH);
        model = new DashboardViewModel(desk.services.attainment(), desk.services.clock(), TaskRunner.direct(),
                messages);
        reports = new ReportViewModel(desk.services.reports(), model, (format, name) -> {
            asked.add(format + " " + name);
            return chosen;
        }, TaskRunner.direct(), messages);
    }

    @Test
    void theDefaultPeriodIsThisYearToTodayByTheServicesClock() {
        assertThat(model.form().from().get()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(model.form().to().get()).isEqualTo(DeskFixture.TODAY);
        assertThat(model.form().office().get()).isEmpty();
        assertThat(model.form().offices()).hasSize(Office.values().length + 1);
    }

    @Test
    void listsObjectivesBelowTheirNormFirst() {
        model.load();

        List<AttainmentRow> rows = model.rows();
        assertThat(rows).isNotEmpty();
        assertThat(rows).anyMatch(AttainmentRow::belowNorm).anyMatch(r -> !r.belowNorm());
        int firstAtNorm = rows.indexOf(rows.stream().filter(r -> !r.belowNorm()).findFirst().orElseThrow());
        assertThat(rows.subList(firstAtNorm, rows.size())).noneMatch(AttainmentRow::belowNorm);
        assertThat(model.work().errorProperty().get()).isEmpty();
    }

    @Test
    void showsBothTiersOfEcl501AndTheAnnualCountOfEcl101() {
        model.load();

        assertThat(model.rows()).filteredOn(r -> r.objective().equals("ECL 5-01")).extracting(model::tierText)
                .hasSize(2).doesNotHaveDuplicates();
        AttainmentRow annual = model.rows().stream().filter(r -> r.objective().equals("ECL 1-01")).findFirst()
                .orElseThrow();
        assertThat(model.tierText(annual)).isEqualTo("nombre annuel");
        assertThat(model.missed(annual)).isNull();
    }

    @Test
    void anAnnualCountShowsTheCountAgainstItsTargetDueProRataByMonths() {
        model.load();
        AttainmentRow annual = model.rows().stream().filter(r -> r.objective().equals("ECL 1-01")).findFirst()
                .orElseThrow();

        // 1 January to 23 November: 10 months and 23/30 of November, 600 x 10.767 / 12 = 538.3.
        assertThat(annual.annualTarget()).isEqualTo(538);
        assertThat(model.normText(annual)).isEqualTo("538 attendus");
        assertThat(model.attainmentText(annual)).isEqualTo(annual.stopped() + " / 538");
        assertThat(model.projectionText(annual)).isEqualTo(annual.stopped() + " / 538");
        assertThat(model.standingText(annual)).isEqualTo(annual.stopped() < 538 ? "sous la norme" : "norme atteinte");
    }

    @Test
    void aQuarterOwesAQuarterOfTheAnnualCount() {
        model.form().from().set(LocalDate.of(2026, 7, 1));
        model.form().to().set(LocalDate.of(2026, 9, 30));

        model.load();

        AttainmentRow annual = model.rows().stream().filter(r -> r.objective().equals("ECL 1-01")).findFirst()
                .orElseThrow();
        assertThat(model.normText(annual)).isEqualTo("150 attendus");
    }

    @Test
    void aPercentageNormReadsAsAPercentage() {
        model.load();
        AttainmentRow measured = model.rows().stream().filter(r -> r.objective().equals("ECL 5-01")
                && r.attainmentPercent() != null).findFirst().orElseThrow();

        assertThat(model.normText(measured)).isEqualTo(measured.normPercent() + " %");
        assertThat(model.attainmentText(measured)).endsWith(" %").doesNotContain("/");
    }

    @Test
    void eachRowSaysInWordsWhetherItIsBelowOrOnItsNorm() {
        model.load();

        assertThat(model.rows()).filteredOn(AttainmentRow::belowNorm).isNotEmpty()
                .allSatisfy(r -> assertThat(model.standingText(r)).isEqualTo("sous la norme"));
        assertThat(model.rows()).filteredOn(r -> r.attainmentPercent() != null && !r.belowNorm()).isNotEmpty()
                .allSatisfy(r -> assertThat(model.standingText(r)).isEqualTo("norme atteinte"));
        assertThat(model.rows()).filteredOn(r -> r.attainmentPercent() == null)
                .allSatisfy(r -> assertThat(model.standingText(r)).isEqualTo("rien de clôturé"));
    }

    @Test
    void theStandingIsWordedInTheUsersLanguage() {
        AttainmentRow below = row("ECL 2-01", 80, 60.0);
        AttainmentRow on = row("ECL 2-02", 80, 85.0);

        assertThat(List.of(Locale.of("nl"), Locale.GERMAN, Locale.ENGLISH)).map(locale -> {
            DashboardViewModel other = new DashboardViewModel(desk.services.attainment(), desk.services.clock(),
                    TaskRunner.direct(), new Messages(locale));
            return other.standingText(below) + " / " + other.standingText(on);
        }).containsExactly("onder de norm / norm gehaald", "unter der Norm / Norm erreicht", "below norm / on norm");
    }

    @Test
    void theTrendOpensOnTheObjectiveFurthestBelowItsNorm() {
        model.load();

        AttainmentRow opened = model.selectedProperty().get();
        assertThat(opened.belowNorm()).isTrue();
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.shortfall()).isLessThanOrEqualTo(opened.shortfall()));
        assertThat(model.trend()).isNotEmpty().allMatch(p -> p.norm() == opened.normPercent());
    }

    @Test
    void theWorstRowIsTheOneFurthestBelowItsNormWhereverItIsListed() {
        AttainmentRow onNorm = row("CNH 4-01", 95, 97.0);
        AttainmentRow slightly = row("CNH 4-02", 95, 90.0);
        AttainmentRow far = row("ECL 2-01", 80, 40.0);
        AttainmentRow unmeasured = row("ECL 3-01", 100, null);

        assertThat(DashboardViewModel.worst(List.of(onNorm, slightly, far, unmeasured))).contains(far);
        assertThat(DashboardViewModel.worst(List.of(unmeasured, onNorm))).contains(unmeasured);
        assertThat(DashboardViewModel.worst(List.of())).isEmpty();
    }

    private static AttainmentRow row(String objective, int norm, Double percent) {
        return new AttainmentRow(objective, null, 30, null, norm, null, 10, 0, percent, 0, percent, false);
    }

    @Test
    void theSelectedRowShowsItsMonthlyTrendAgainstItsNorm() {
        model.load();
        AttainmentRow row = model.rows().stream().filter(r -> r.attainmentPercent() != null).skip(1).findFirst()
                .orElseThrow();

        model.selectedProperty().set(row);

        assertThat(model.trend()).hasSize(11).allMatch(p -> p.norm() == row.normPercent());
        assertThat(model.trend().getFirst().month()).isEqualTo("janv. 2026");
        assertThat(model.trend().getLast().month()).isEqualTo("nov. 2026");
        assertThat(model.trend()).extracting(TrendPoint::percent).anyMatch(p -> p != null);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        model.form().from().set(LocalDate.of(2026, 6, 1));
        model.form().to().set(LocalDate.of(2026, 5, 1));

        model.load();

        assertThat(model.work().errorProperty().get()).isEqualTo("La période doit commencer avant de finir.");
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void exportsTheDashboardAsCsvAndPdfWhereTheUserChose() throws IOException {
        model.form().office().set(Optional.of(Office.NAMUR));
        chosen = Optional.of(folder.resolve("out/report.csv"));

        reports.export(ReportService.Format.CSV);

        assertThat(asked).containsExactly("CSV rapport-objectifs-2026-01-01-2026-11-23-NAMUR.csv");
        assertThat(Files.readString(chosen.get())).contains("ECL 5-01");
        assertThat(reports.work().messageProperty().get()).isEqualTo("Rapport enregistré : " + chosen.get());
        chosen = Optional.of(folder.resolve("out/report.pdf"));

        reports.export(ReportService.Format.PDF);

        assertThat(Files.readAllBytes(chosen.get())).startsWith("%PDF".getBytes());
        assertThat(reports.work().busyProperty().get()).isFalse();
    }

    @Test
    void cancellingTheFileChoiceWritesNothing() {
        reports.export(ReportService.Format.PDF);

        assertThat(asked).hasSize(1);
        assertThat(reports.work().messageProperty().get()).isEmpty();
        assertThat(reports.work().busyProperty().get()).isFalse();
    }
}
