package be.inasti.missiondesk.app.bench;

import java.util.List;

/** What a bench run measured, and on what. */
public record BenchReport(int missions, int births, int runs, int cores, String jvm, List<BenchRow> rows) {
}
