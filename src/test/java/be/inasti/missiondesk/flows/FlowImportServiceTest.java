package be.inasti.missiondesk.flows;

import static be.inasti.missiondesk.flows.Fixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.bench.BirthsFiles;
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
import be.inasti.missiondesk.store.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class FlowImportServiceTest {
    /** The same tests on a SQLite file and on a PostgreSQL database. */
    @Parameter
    Engine engine;

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20);

    @TempDir
    Path folder;

    Services services;
    FlowImportService flows;

    @BeforeEach
    void open() {
        services = TestServices.open(engine, folder, TODAY);
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
        assertThat(new AffiliateStore(TestServices.store(services)).find(List.of("90031412607", "93120138471"))
                .values()).extracting(Affiliate::name).containsExactlyInAnyOrder("Dupont, Marie", "Anne Lefèvre");
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
    void afaDocumentsFromTheCaissesInWindows1252OpenOneMissionPerAffiliationWithItsClocks() {
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
        assertThat(popescu.clocks()).as("ECL 2-04 waits for a selection for contact").extracting(
                DeadlineClock::objectiveCode).containsExactly("ECL 2-01", "ECL 2-02");
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
        assertThat(plan.changes()).isEqualTo(1);
    }

    @Test
    void documentsOfOneAffiliationSpreadOverTheFileShareOneMissionWithAllTheirNotes() throws Exception {
        Path file = Files.writeString(folder.resolve("afa-spread.csv"), """
                caisse;niss;nom;nationalite;debut_activite;type_document
                Xerius;87.02.14-331.23;Ana Popescu;RO;01/10/2026;Déclaration d'affiliation
                Partena;82033015509;Dimitar Ivanov;BG;2026-11-02;Déclaration d'affiliation
                Xerius;87.02.14-331.23;Ana Popescu;RO;01/10/2026;Questionnaire
                Group S;95090841248;Agnieszka Kowalska;PL;15/09/2026;Attestation spécifique
                Partena;82033015509;Dimitar Ivanov;BG;2026-11-02;Questionnaire
                Xerius;87.02.14-331.23;Ana Popescu;RO;01/10/2026;Attestation spécifique
                """);

        FlowReport report = flows.importFile(file, options(FlowKind.AFA, false), Progress.NONE);

        assertThat(report.plan().lines()).extracting(PlannedLine::line, PlannedLine::verdict).containsExactly(
                tuple(2, Verdict.CREATE), tuple(3, Verdict.CREATE), tuple(4, Verdict.SAME_MISSION),
                tuple(5, Verdict.CREATE), tuple(6, Verdict.SAME_MISSION), tuple(7, Verdict.SAME_MISSION));
        assertThat(missions()).hasSize(3).extracting(m -> m.subject().name(), Mission::notes)
                .containsExactlyInAnyOrder(
                        tuple("Ana Popescu", "Xerius Caisse d'assurances sociales: declaration (nationalité RO, "
                                + "début d'activité 2026-10-01); Xerius Caisse d'assurances sociales: questionnaire "
                                + "(nationalité RO, début d'activité 2026-10-01); Xerius Caisse d'assurances "
                                + "sociales: attestation (nationalité RO, début d'activité 2026-10-01)"),
                        tuple("Dimitar Ivanov", "Partena Caisse d'assurances sociales: declaration (nationalité BG, "
                                + "début d'activité 2026-11-02); Partena Caisse d'assurances sociales: questionnaire "
                                + "(nationalité BG, début d'activité 2026-11-02)"),
                        tuple("Agnieszka Kowalska", "Group S Caisse d'assurances sociales: attestation (nationalité "
                                + "PL, début d'activité 2026-09-15)"));
    }

    @Test
    void aFileLongerThanAPreviewListsIsCountedAndImportedWhole() {
        int lines = FlowPlan.LISTED + 50;
        BirthsFiles files = BirthsFiles.write(folder, lines, RECEIVED);
        flows.importFile(files.affiliates(), ImportOptions.affiliates(TODAY, false), Progress.NONE);

        FlowReport report = flows.importFile(files.births(), options(FlowKind.BIRTHS, false), Progress.NONE);

        assertThat(report.plan().source().lines()).isEqualTo(lines + 1);
        assertThat(report.plan().count(Verdict.CREATE)).isEqualTo(lines);
        assertThat(report.plan().lines()).hasSize(FlowPlan.LISTED).extracting(PlannedLine::line)
                .startsWith(2, 3).endsWith(FlowPlan.LISTED + 1).isSorted();
        assertThat(report.created()).isEqualTo(lines);
        assertThat(services.missions().count()).isEqualTo(lines);
    }

    @Test
    void aLineLongerThanTheBoundRefusesTheFileNamingTheLineAndChangesNothing() throws Exception {
        importAffiliates();
        Map<String, Integer> before = TableCounts.of(TestServices.store(services));
        Path file = Files.writeString(folder.resolve("births-long.csv"), "niss_mere;nom_mere;date_naissance;"
                + "reference_enfant\n88072204528;Sophie Lambert;14/11/2026;RN-2026-118802\n90.03.14-126.07;"
                + "Marie " + "Dupont".repeat(12_000) + ";12/11/2026;RN-2026-118734\n");

        assertThatThrownBy(() -> flows.importFile(file, options(FlowKind.BIRTHS, false), Progress.NONE))
                .isInstanceOf(BadFileException.class).hasMessageStartingWith("line 3 is longer than 65536 characters");
        assertThat(TableCounts.of(TestServices.store(services))).isEqualTo(before);
    }

    @Test
    void aFileChangedBetweenItsPreviewAndItsImportIsRefusedAndChangesNothing() throws Exception {
        importAffiliates();
        Path file = Files.copy(flow("births-good-comma.csv"), folder.resolve("births.csv"));
        FlowPlan plan = flows.preview(file, options(FlowKind.BIRTHS, false));
        Map<String, Integer> before = TableCounts.of(TestServices.store(services));
        Files.writeString(file, Files.readString(file).replace("Marie Dupont", "Marie Dupond"));

        assertThatThrownBy(() -> flows.apply(plan, Progress.NONE)).isInstanceOf(BadFileException.class)
                .hasMessage("births.csv changed since its preview: preview it again; nothing was imported");
        assertThat(TableCounts.of(TestServices.store(services))).isEqualTo(before);
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
