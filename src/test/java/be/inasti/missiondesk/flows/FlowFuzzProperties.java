package be.inasti.missiondesk.flows;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.Scratch;
import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.flow.FlowKind;
import be.inasti.missiondesk.domain.flow.FlowPlan;
import be.inasti.missiondesk.domain.flow.FlowReport;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.flow.LineProblem;
import be.inasti.missiondesk.domain.flow.Verdict;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.store.StoreException;
import be.inasti.missiondesk.store.TableDigest;
import be.inasti.missiondesk.sync.Mutations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Damaged CSV flow files, thousands of them: each is imported as far as its good lines go, or refused with a
 * message and no change; never an unexpected exception. What an import writes, reading the file a second time, is
 * what its preview counted. One database (with the CNH affiliates) serves every case.
 */
class FlowFuzzProperties {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static Path folder;
    static Services services;
    static String before;

    @BeforeContainer
    static void aDatabaseWithTheAffiliates() {
        folder = Scratch.create("flow-fuzz");
        services = TestServices.open(folder, TODAY);
        services.database().keep(1);
        services.flows().importFile(Fixtures.flow("affiliates-cnh-1252.csv"), ImportOptions.affiliates(TODAY, false),
                Progress.NONE);
        before = digest();
    }

    @AfterContainer
    static void cleanUp() {
        Scratch.delete(folder);
    }

    static String digest() {
        return TableDigest.of(services.database().file(), TableDigest.WALL_CLOCK);
    }

    static Arbitrary<byte[]> damaged(String fixture) {
        try {
            return Mutations.of(Files.readAllBytes(Fixtures.flow(fixture)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> births() {
        return damaged("births-2026-11-utf8-bom.csv");
    }

    @Provide
    Arbitrary<byte[]> requests() {
        return damaged("requests-2026-11.csv");
    }

    @Provide
    Arbitrary<byte[]> afa() {
        return damaged("afa-caisses-1252.csv");
    }

    @Provide
    Arbitrary<byte[]> affiliates() {
        return damaged("affiliates-cnh-1252.csv");
    }

    @Property(tries = 2000)
    void damagedBirths(@ForAll("births") byte[] file) throws IOException {
        importsOrRefuses(file, new ImportOptions(FlowKind.BIRTHS, TODAY.minusDays(3), Office.NAMUR, null, false));
    }

    @Property(tries = 2000)
    void damagedRequests(@ForAll("requests") byte[] file) throws IOException {
        importsOrRefuses(file, new ImportOptions(FlowKind.REQUESTS, TODAY, Office.WAVRE, null, false));
    }

    @Property(tries = 2000)
    void damagedAfaDocuments(@ForAll("afa") byte[] file) throws IOException {
        importsOrRefuses(file, new ImportOptions(FlowKind.AFA, TODAY.minusDays(3), Office.LIBRAMONT, "fleroy", false));
    }

    @Property(tries = 1000)
    void damagedAffiliates(@ForAll("affiliates") byte[] file) throws IOException {
        importsOrRefuses(file, ImportOptions.affiliates(TODAY, false));
    }

    private static void importsOrRefuses(byte[] file, ImportOptions options) throws IOException {
        Path path = Files.write(folder.resolve("flow.csv"), file);
        Map<String, Integer> rows = TableCounts.of(TestServices.store(services));
        try {
            FlowReport report = services.flows().importFile(path, options, Progress.NONE);
            FlowPlan plan = report.plan();
            assertThat(plan.problems()).allSatisfy(p -> assertThat(p.reason().inEnglish()).isNotBlank())
                    .isSortedAccordingTo(Comparator.comparingInt(LineProblem::line)).hasSize(plan.problemCount());
            assertThat(plan.badLines()).isEqualTo(plan.problems().stream().map(LineProblem::line).distinct().count());
            boolean affiliates = options.kind() == FlowKind.AFFILIATES;
            Map<String, Integer> after = TableCounts.of(TestServices.store(services));
            assertThat(after.get("mission") - rows.get("mission")).isEqualTo(affiliates ? 0 : report.created());
            assertThat(after.get("affiliate") - rows.get("affiliate"))
                    .isEqualTo(affiliates && report.applied() ? plan.count(Verdict.CREATE) : 0);
            before = digest();
        } catch (DomainException | StoreException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(digest()).as("refused: " + refused.getMessage()).isEqualTo(before);
        }
    }
}
