package be.inasti.missiondesk.domain.flow;

import java.util.Map;

/** A preview's counts over the whole file, whatever it lists: lines per verdict, problems, and lines with one. */
public record FlowCounts(Map<Verdict, Long> verdicts, int problems, int badLines) {
    public FlowCounts {
        verdicts = Map.copyOf(verdicts);
    }

    public long of(Verdict verdict) {
        return verdicts.getOrDefault(verdict, 0L);
    }
}
