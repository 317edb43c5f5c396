package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.flow.Affiliate;
import be.inasti.missiondesk.domain.flow.LineProblem;
import be.inasti.missiondesk.domain.flow.PlannedLine;
import be.inasti.missiondesk.domain.flow.Verdict;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.flows.csv.CsvTable;
import be.inasti.missiondesk.flows.csv.Row;
import be.inasti.missiondesk.store.AffiliateStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans an affiliates list: new NISS are added, changed ones updated, known ones left alone. The same NISS twice in
 * one file with different data is a bad line: which one is right is the sender's call.
 */
final class AffiliatesPlanner {
    private final AffiliateStore store;
    private final Caisses caisses;

    AffiliatesPlanner(AffiliateStore store, Caisses caisses) {
        this.store = store;
        this.caisses = caisses;
    }

    Draft plan(CsvTable table, LocalDate today) {
        List<LineProblem> problems = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        List<Affiliate> read = new ArrayList<>();
        for (Row row : table.rows()) {
            LineCheck check = new LineCheck(row);
            Niss niss = check.niss("niss");
            String name = check.required("nom");
            Caisses.Caisse caisse = check.oneOf("caisse", caisses::find, caisses.codes());
            LocalDate since = check.dateNotAfter("date_affiliation", today, "line.afterToday");
            if (niss != null && lineOf.containsKey(niss.digits())) {
                check.refuse("niss", "line.sameNissOtherData", lineOf.get(niss.digits()));
            }
            check.ifOk(() -> new Affiliate(niss.digits(), name, caisse.code(), since)).ifPresent(a -> {
                lineOf.put(a.niss(), row.line());
                read.add(a);
            });
            problems.addAll(check.problems());
        }
        return verdicts(read, lineOf, problems);
    }

    private Draft verdicts(List<Affiliate> read, Map<String, Integer> lineOf, List<LineProblem> problems) {
        Map<String, Affiliate> known = store.find(lineOf.keySet());
        List<PlannedLine> lines = new ArrayList<>();
        List<Affiliate> changed = new ArrayList<>();
        for (Affiliate a : read) {
            Affiliate before = known.get(a.niss());
            Verdict verdict = before == null ? Verdict.CREATE
                    : before.equals(a) ? Verdict.ALREADY_IMPORTED : Verdict.UPDATE;
            if (verdict != Verdict.ALREADY_IMPORTED) {
                changed.add(a);
            }
            String subject = a.name() + " (" + new Niss(a.niss()).formatted() + ")";
            lines.add(new PlannedLine(lineOf.get(a.niss()), verdict, subject,
                    Explanation.of("plan.value", a.caisse())));
        }
        return new Draft(lines, problems, List.of(), changed);
    }
}
