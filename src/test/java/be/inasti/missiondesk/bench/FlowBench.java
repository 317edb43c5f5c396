package be.inasti.missiondesk.bench;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.flows.FlowImportService;
import be.inasti.missiondesk.flows.FlowKind;
import be.inasti.missiondesk.flows.FlowPlan;
import be.inasti.missiondesk.flows.FlowReport;
import be.inasti.missiondesk.flows.ImportOptions;
import be.inasti.missiondesk.store.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: a measurement. Imports a 50 000-line births file (all mothers CNH affiliates, so every line opens a
 * mission with its clock and history) and times it next to a plain JDBC batch insert of the same rows into a scratch
 * table of the same database. Run with the test class path; prints the figures.
 */
public final class FlowBench {
    private static final int LINES = 50_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private FlowBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("flowbench");
        List<String[]> mothers = mothers();
        Path affiliates = write(folder.resolve("affiliates.csv"), "niss;nom;caisse;date_affiliation",
                mothers.stream().map(m -> m[0] + ";" + m[1] + ";CNH;01/01/2015").toList());
        Path births = write(folder.resolve("births.csv"), "niss_mere;nom_mere;date_naissance;reference_enfant",
                mothers.stream().map(m -> String.join(";", m)).toList());
        Services services = TestServices.open(folder, TODAY);
        FlowImportService flows = services.flows();
        time("affiliates import (50 000 upserts)", () -> flows.importFile(affiliates,
                ImportOptions.affiliates(TODAY, true), Progress.NONE));

        ImportOptions options = new ImportOptions(FlowKind.BIRTHS, TODAY, Office.NAMUR, "bench", true);
        FlowPlan plan = time("births preview (read, check, plan)", () -> flows.preview(births, options));
        FlowReport report = time("births apply (missions + clocks + history + keys)",
                () -> flows.apply(plan, Progress.NONE));
        System.out.printf("missions created: %d%n", report.created());
        time("plain JDBC batch insert of the same 50 000 rows", () -> jdbc(services.database().file(), mothers));
    }

    private static List<String[]> mothers() {
        List<String[]> rows = new ArrayList<>(LINES);
        for (int i = 0; i < LINES; i++) {
            String nine = "%02d%02d%02d%03d".formatted(70 + i % 30, 1 + i % 12, 1 + i / 12 % 28, 1 + i / 336 % 998);
            rows.add(new String[] {Niss.withCheckDigits(nine, false).digits(), "Mère " + i,
                    "%02d/11/2026".formatted(1 + i % 20), "RN-2026-%06d".formatted(i)});
        }
        return rows;
    }

    private static Path write(Path file, String header, List<String> lines) throws Exception {
        List<String> all = new ArrayList<>(List.of(header));
        all.addAll(lines);
        return Files.write(file, all, StandardCharsets.UTF_8);
    }

    private static int jdbc(Path database, List<String[]> rows) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            c.createStatement().execute("PRAGMA synchronous=FULL");
            c.createStatement().execute("CREATE TABLE scratch (niss TEXT, name TEXT, born TEXT, child TEXT)");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO scratch VALUES (?, ?, ?, ?)")) {
                for (String[] row : rows) {
                    for (int i = 0; i < 4; i++) {
                        insert.setString(i + 1, row[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
        return rows.size();
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> T time(String what, Work<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.run();
        System.out.printf("%-52s %7d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
