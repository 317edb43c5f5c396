package be.inasti.missiondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.report.ReportService.Format;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.store.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class ReportServiceTest {
    /** The same tests on a SQLite file and on a PostgreSQL database. */
    @Parameter
    Engine engine;

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    Services services;

    @BeforeEach
    void demo() {
        services = TestServices.withDemo(engine, folder, TODAY, 800, 5);
    }

    @Test
    void theCsvReportHasOneLinePerObjectiveAndTierInFrench() throws Exception {
        Path out = folder.resolve("rapport.csv");

        var dashboard = services.reports().write(LocalDate.of(2026, 1, 1), TODAY, Optional.empty(), Format.CSV,
                Locale.FRENCH, out, false);

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("\uFEFFObjectif;Libellé;Délai (j);Norme");
        assertThat(lines).hasSize(dashboard.rows().size() + 1);
        assertThat(lines).anyMatch(l -> l.startsWith("ECL 5-01;") && l.contains(";180;80 %;"));
    }

    @Test
    void aDutchReportGivesTheObjectivesTheirDutchLabels() throws Exception {
        Path out = folder.resolve("rapport-nl.csv");

        services.reports().write(LocalDate.of(2026, 1, 1), TODAY, Optional.empty(), Format.CSV, Locale.of("nl"), out,
                false);

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines)
                .anyMatch(l -> l.startsWith("CNH 4-01;Dienstencheques na bevalling: beslissing over het recht;"))
                .anyMatch(l -> l.startsWith("ECL 5-01;Controle en verificatie: afgesloten onderzoeken"))
                .noneMatch(l -> l.contains("Titres-services") || l.contains("Contrôle et vérification"));
    }

    @Test
    void thePdfReportHoldsTheTitleTheTableTheChartAndTheTrend() throws Exception {
        Path out = folder.resolve("rapport.pdf");

        services.reports().write(LocalDate.of(2026, 1, 1), TODAY, Optional.empty(), Format.PDF, Locale.FRENCH, out,
                false);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Atteinte des objectifs opérationnels", "Période du 1 janvier 2026",
                    "tous les bureaux", "CNH 4-01", "ECL 5-01", "Atteinte par objectif et palier",
                    "Évolution mensuelle");
        }
    }

    @Test
    void anotherLanguageAndAnOfficeAreHonoured() throws Exception {
        Path out = folder.resolve("report.pdf");

        services.reports().write(LocalDate.of(2026, 7, 1), TODAY, Optional.of(Office.NAMUR), Format.PDF, Locale.of("nl"),
                out, false);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Realisatie van de operationele doelstellingen",
                    "Kantoor: NAMUR");
        }
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAndNoFileIsLeft() {
        Path out = folder.resolve("never.csv");

        assertThatThrownBy(() -> services.reports().write(TODAY, TODAY.minusDays(1), Optional.empty(), Format.CSV,
                Locale.FRENCH, out, false)).hasMessageContaining("ends");
        assertThat(out).doesNotExist();
    }
}
