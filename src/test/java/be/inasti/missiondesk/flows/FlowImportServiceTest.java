package be.inasti.missiondesk.flows;

import static be.inasti.missiondesk.flows.Fixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.flows.FlowImportService;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.flow.Affiliate;
import be.inasti.missiondesk.domain.flow.BadFileException;
import be.inasti.missiondesk.domain.flow.FlowKind;
import be.inasti.missiondesk.domain.flow.FlowPlan;
import be.inasti.missiondesk.domain.flow.FlowReport;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.flow.LineProblem;
import be.inasti.missiondesk.domain.flow.PlannedLine;
import be.inasti.missiondesk.domain.flow.Verdict;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.store.AffiliateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowImportServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20);

    @TempDir
    Path folder;

    Services services;
    FlowImportService flows;

    @BeforeEach
    void open() {
        services = TestServices.open(folder, TODAY);
        flows = services.flows();
    }

    static ImportOptions options(FlowKind kind, boolean strict) {
        return new ImportOptions(kind, RECEIVED, Office.NAMUR, "vrenard", strict);
    }

    FlowReport importAffiliates() {
        return flows.importFile(flow("affiliates-cnh-1252.csv"), ImportOptions.affiliates(TODAY, false),
                Progress.NONE);
    }

    List<Mission> missions() {
        return services.queue().all(QueueCriteria.all()).stream()
                .map(i -> i.mission()).toList();
    }

    @Test
    void affiliatesInWindows1252WithCommasAndQuotedNamesAreAdded() {
        FlowReport report = importAffiliates();

        assertThat(report.plan().source().encoding()).isEqualTo("windows-1252");
        assertThat(report.plan().source().separator()).isEqualTo(',');
        assertThat(report.plan().problems()).isEmpty();
        assertThat(report.created()).isEqualTo(5);
        assertThat(report.plan().affiliates()).extracting(a -> a.name()).contains("Dupont, Marie", "Anne Lefèvre");
    }

    @Test
    void aLaterListChangesTheCaisseOfAKnownAffiliateAndAddsTheNewOnes() throws Exception {
        importAffiliates();
        Path later = Files.writeString(folder.resolve("affiliates-later.csv"), """
                niss;nom;caisse;date_affiliation
                91061729383;Léa Goffin;Xerius;01/10/2026
                90031412607;Dupont, Marie;CNH;01/03/2015
                85073003328;Nouvelle Affiliée;CNH;02/11/2026
                """);

        FlowReport report = flows.importFile(later, ImportOptions.affiliates(TODAY, false), Progress.NONE);

        assertThat(report.plan().lines()).extracting(PlannedLine::line, PlannedLine::verdict).containsExactly(
                tuple(2, Verdict.UPDATE), tuple(3, Verdict.ALREADY_IMPORTED), tuple(4, Verdict.CREATE));
        Map<String, Affiliate> held = new AffiliateStore(TestServices.store(services))
                .find(List.of("91061729383", "85073003328", "93120138471"));
        assertThat(held.get("91061729383")).isEqualTo(new Affiliate("91061729383", "Léa Goffin", "XERIUS",
                LocalDate.of(2026, 10, 1)));
        assertThat(held.get("85073003328").caisse()).isEqualTo("CNH");
        assertThat(held.get("93120138471").caisse()).isEqualTo("XERIUS");
    }

    @Test
    void birthsOpenOneTitresServicesMissionPerCnhMotherAndBirthAndReportEveryOtherLine() {
        importAffiliates();

        FlowReport report = flows.importFile(flow("births-2026-11-utf8-bom.csv"), options(FlowKind.BIRTHS, false),
                Progress.NONE);

        assertThat(report.applied()).isTrue();
        assertThat(report.created()).isEqualTo(3);
        assertThat(report.plan().lines()).extracting(PlannedLine::line, PlannedLine::verdict).containsExactly(
                tuple(2, Verdict.CREATE), tuple(3, Verdict.CREATE), tuple(4, Verdict.SAME_MISSION),
                tuple(5, Verdict.NOT_FOR_CNH), tuple(6, Verdict.NOT_FOR_CNH), tuple(12, Verdict.CREATE));
        assertThat(report.plan().lines()).filteredOn(l -> l.verdict() == Verdict.NOT_FOR_CNH)
                .extracting(l -> l.detail().inEnglish()).containsExactly(
                        "not for CNH: affiliated with Xerius Caisse d'assurances sociales",
                        "not for CNH: not a known affiliate");
        assertThat(report.plan().problems())
                .extracting(LineProblem::line, LineProblem::column, p -> p.reason().inEnglish())
                .containsExactly(
                        tuple(7, "niss_mere", "check digits do not match (a digit is probably mistyped)"),
                        tuple(8, "date_naissance", "missing"),
                        tuple(9, "date_naissance", "impossible date: no such day in the calendar"),
                        tuple(10, "", "duplicate of line 2"),
                        tuple(11, "", "expected 4 columns separated by ';', found 3"));

        List<Mission> missions = missions();
        assertThat(missions).hasSize(3).allSatisfy(m -> {
            assertThat(m.type()).isEqualTo(MissionType.TITRES_SERVICES);
            assertThat(m.office()).isEqualTo(Office.NAMUR);
            DeadlineClock clock = m.clocks().getFirst();
            assertThat(clock.objectiveCode()).isEqualTo("CNH 4-01");
            assertThat(clock.startedOn()).isEqualTo(RECEIVED);
            assertThat(clock.dueOn()).isEqualTo(RECEIVED.plusDays(20));
            assertThat(services.missions().history(m.id())).isNotEmpty();
        });
        assertThat(missions).filteredOn(m -> m.subject().name().equals("Sophie Lambert")).singleElement()
                .satisfies(m -> assertThat(m.notes()).contains("RN-2026-118802", "RN-2026-118803"));
    }

    @Test
    void theSameFileTwiceCreatesNothingTheSecondTimeAndSaysSo() {
        importAffiliates();
        flows.importFile(flow("births-2026-11-utf8-bom.csv"), options(FlowKind.BIRTHS, false), Progress.NONE);
        Map<String, Integer> before = TableCounts.of(TestServices.store(services));

        FlowReport again = flows.importFile(flow("births-2026-11-utf8-bom.csv"), options(FlowKind.BIRTHS, false),
                Progress.NONE);

        assertThat(again.applied()).isFalse();
        assertThat(again.created()).isZero();
        assertThat(again.plan().earlier()).hasValueSatisfying(f -> {
            assertThat(f.importedBy()).isEqualTo("tester");
            assertThat(f.created()).isEqualTo(3);
        });
        assertThat(TableCounts.of(TestServices.store(services))).isEqualTo(before);
    }

    @Test
    void theSameLinesInAnotherFileAreKnownByTheirNaturalKey() {
        importAffiliates();
        flows.importFile(flow("births-2026-11-utf8-bom.csv"), options(FlowKind.BIRTHS, false), Progress.NONE);

        FlowReport other = flows.importFile(flow("births-good-comma.csv"), options(FlowKind.BIRTHS, false),
                Progress.NONE);

        assertThat(other.plan().source().separator()).isEqualTo(',');
        assertThat(other.applied()).isTrue();
        assertThat(other.created()).isZero();
        assertThat(other.plan().count(Verdict.ALREADY_IMPORTED)).isEqualTo(3);
        assertThat(missions()).hasSize(3);
    }

    @Test
    void strictRefusesAFileWithOneBadLineAndTheDatabaseIsUnchanged() {
        importAffiliates();
        Map<String, Integer> before = TableCounts.of(TestServices.store(services));

        FlowReport report = flows.importFile(flow("births-2026-11-utf8-bom.csv"), options(FlowKind.BIRTHS, true),
                Progress.NONE);

        assertThat(report.plan().refusedByStrict()).isTrue();
        assertThat(report.applied()).isFalse();
        assertThat(TableCounts.of(TestServices.store(services))).isEqualTo(before);
    }

    @Test
    void aMissingColumnRefusesTheFileNamingTheColumnAndChangesNothing() {
        Map<String, Integer> before = TableCounts.of(TestServices.store(services));

        assertThatThrownBy(() -> flows.importFile(flow("births-missing-column.csv"), options(FlowKind.BIRTHS, false),
                Progress.NONE)).isInstanceOf(BadFileException.class).hasMessageStartingWith(
                        "missing column date_naissance in the header");
        assertThat(TableCounts.of(TestServices.store(services))).isEqualTo(before);
    }

    @Test
    void aCancelledImportRollsEverythingBack() {
        importAffiliates();
        Map<String, Integer> before = TableCounts.of(TestServices.store(services));
        Progress cancelled = new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        FlowPlan plan = flows.preview(flow("births-2026-11-utf8-bom.csv"), options(FlowKind.BIRTHS, false));

        assertThatThrownBy(() -> flows.apply(plan, cancelled)).isInstanceOf(Progress.CancelledException.class);
        assertThat(TableCounts.of(TestServices.store(services))).isEqualTo(before);
        assertThat(flows.preview(flow("births-2026-11-utf8-bom.csv"), options(FlowKind.BIRTHS, false))
                .alreadyImported()).isFalse();
    }

    @Test
    void afaDocumentsFromTheCaissesInWindows1252OpenOneMissionPerAffiliationWithItsThreeClocks() {
        FlowReport report = flows.importFile(flow("afa-caisses-1252.csv"), options(FlowKind.AFA, false),
                Progress.NONE);

        assertThat(report.plan().source().encoding()).isEqualTo("windows-1252");
        assertThat(report.created()).isEqualTo(3);
        assertThat(report.plan().lines()).extracting(PlannedLine::line, PlannedLine::verdict).containsExactly(
                tuple(2, Verdict.CREATE), tuple(3, Verdict.SAME_MISSION), tuple(4, Verdict.CREATE),
                tuple(5, Verdict.CREATE));
        assertThat(report.plan().problems()).extracting(LineProblem::line, LineProblem::column).containsExactly(
                tuple(6, "caisse"), tuple(7, "nationalite"), tuple(7, "type_document"));
        assertThat(report.plan().problems().getFirst().reason().inEnglish())
                .startsWith("unknown; expected one of ACERTA");
        Mission popescu = missions().stream().filter(m -> m.subject().name().equals("Ana Popescu")).findFirst()
                .orElseThrow();
        assertThat(popescu.type()).isEqualTo(MissionType.ECL_AFA);
        assertThat(popescu.clocks()).extracting(DeadlineClock::objectiveCode)
                .containsExactly("ECL 2-01", "ECL 2-04", "ECL 2-02");
        assertThat(popescu.clocks()).allSatisfy(c -> assertThat(c.startedOn()).isEqualTo(RECEIVED));
        assertThat(popescu.notes()).contains("Xerius", "declaration", "questionnaire", "RO");
    }

    @Test
    void requestsOpenMissionsWithTheirServicesObjectiveOnTheirOwnReceptionDate() {
        FlowReport report = flows.importFile(flow("requests-2026-11.csv"),
                new ImportOptions(FlowKind.REQUESTS, TODAY, Office.WAVRE, "amartin", false), Progress.NONE);

        assertThat(report.created()).isEqualTo(4);
        assertThat(missions()).extracting(Mission::serviceObjective, Mission::receivedOn).containsExactlyInAnyOrder(
                tuple("VOB 4-01", LocalDate.of(2026, 11, 16)), tuple("CNH 5-01", LocalDate.of(2026, 11, 18)),
                tuple("INT 2-01", LocalDate.of(2026, 11, 19)), tuple("PEN 3-01", LocalDate.of(2026, 11, 20)));
        assertThat(report.plan().problems()).extracting(LineProblem::line, LineProblem::column).containsExactly(
                tuple(7, "canal"), tuple(8, "service"), tuple(9, "date_reception"));
        assertThat(report.plan().problems().get(2).reason().inEnglish()).isEqualTo("after today 2026-11-23");
    }

    @Test
    void aLineInAnotherEncodingIsReportedAndTheRestImported() {
        importAffiliates();

        FlowPlan plan = flows.preview(flow("births-mixed-encoding.csv"), options(FlowKind.BIRTHS, false));

        assertThat(plan.source().encoding()).isEqualTo("UTF-8");
        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("nom_mere");
            assertThat(p.reason().inEnglish()).startsWith("wrong encoding");
        });
        assertThat(plan.missions()).hasSize(1);
    }

    @Test
    void theErrorReportIsACsvWithLineColumnValueAndReason() throws Exception {
        FlowPlan plan = flows.preview(flow("births-2026-11-utf8-bom.csv"), options(FlowKind.BIRTHS, false));
        Path errors = folder.resolve("errors.csv");

        ErrorReport.write(errors, plan.problems());

        List<String> lines = Files.readAllLines(errors);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFline;column;value;reason");
        assertThat(lines).contains("11;;;\"expected 4 columns separated by ';', found 3\"",
                "9;date_naissance;30/02/2026;impossible date: no such day in the calendar");
    }

    @Test
    void aDroppedFileIsRecognisedByItsHeaderAndAFutureReceptionDateIsRefused() {
        assertThat(flows.kindOf(flow("afa-caisses-1252.csv"))).contains(FlowKind.AFA);
        assertThat(flows.kindOf(flow("affiliates-cnh-1252.csv"))).contains(FlowKind.AFFILIATES);
        assertThat(flows.kindOf(flow("births-missing-column.csv"))).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> flows.preview(flow("births-good-comma.csv"), new ImportOptions(FlowKind.BIRTHS,
                TODAY.plusDays(1), Office.NAMUR, "vrenard", false))).hasMessageContaining("is in the future");
    }
}
