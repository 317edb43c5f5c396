package be.inasti.missiondesk.domain.check;

import java.util.List;

/** One check of a database: what it verifies, and the problems it found (none: it passed). */
public record CheckResult(String check, List<String> problems, int more) {
    public CheckResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
