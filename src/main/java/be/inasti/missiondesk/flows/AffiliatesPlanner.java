package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.flow.Affiliate;
import be.inasti.missiondesk.domain.flow.FlowPlan;
import be.inasti.missiondesk.domain.flow.PlannedLine;
import be.inasti.missiondesk.domain.flow.Verdict;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.flows.csv.LineIndex;
import be.inasti.missiondesk.flows.csv.Row;
import be.inasti.missiondesk.store.AffiliateStore;
import be.inasti.missiondesk.store.FlowStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Plans an affiliates list: new NISS are added, changed ones updated, known ones left alone. The same NISS twice in
 * one file with different data is a bad line: which one is right is the sender's call. The store is asked about a
 * chunk of NISS at a time; the import reads the lines to write again and writes them in batches.
 */
final class AffiliatesPlanner {
    /** NISS looked up, or affiliates written, at a time. */
    private static final int CHUNK = 10_000;

    private final AffiliateStore store;
    private final Caisses caisses;

    AffiliatesPlanner(AffiliateStore store, Caisses caisses) {
        this.store = store;
        this.caisses = caisses;
    }

    Rows plan(LocalDate today, Draft draft) {
        return new Planning(today, draft);
    }

    Rows write(FlowPlan plan, FlowStore.Writer writer) {
        return new Writing(plan, writer);
    }

    /** The affiliate a line gives; {@code earlierLine} tells the line of a NISS read before, or -1. */
    private Optional<Affiliate> read(LineCheck check, LocalDate today, ToIntFunction<String> earlierLine) {
        Niss niss = check.niss("niss");
        String name = check.required("nom");
        Caisses.Caisse caisse = check.oneOf("caisse", caisses::find, caisses.codes());
        LocalDate since = check.dateNotAfter("date_affiliation", today, "line.afterToday");
        int earlier = niss == null ? -1 : earlierLine.applyAsInt(niss.digits());
        if (earlier >= 0) {
            check.refuse("niss", "line.sameNissOtherData", earlier);
        }
        return check.ifOk(() -> new Affiliate(niss.digits(), name, caisse.code(), since));
    }

    private record Read(int line, Affiliate affiliate) {
    }

    private final class Planning implements Rows {
        private final LocalDate today;
        private final Draft draft;
        private final LineIndex lineOf = new LineIndex();
        private final List<Read> pending = new ArrayList<>();

        Planning(LocalDate today, Draft draft) {
            this.today = today;
            this.draft = draft;
        }

        @Override
        public void row(Row row) {
            LineCheck check = new LineCheck(row);
            Optional<Affiliate> read = read(check, today, lineOf::get);
            check.problems().forEach(draft::problem);
            read.ifPresent(a -> {
                lineOf.putIfAbsent(a.niss(), row.line());
                pending.add(new Read(row.line(), a));
                if (pending.size() == CHUNK) {
                    decide();
                }
            });
        }

        @Override
        public void finish() {
            decide();
        }

        /** The verdicts of the pending lines. */
        private void decide() {
            if (pending.isEmpty()) {
                return;
            }
            Map<String, Affiliate> known = store.find(pending.stream().map(r -> r.affiliate().niss()).toList());
            for (Read read : pending) {
                Affiliate a = read.affiliate();
                Affiliate before = known.get(a.niss());
                Verdict verdict = before == null ? Verdict.CREATE
                        : before.equals(a) ? Verdict.ALREADY_IMPORTED : Verdict.UPDATE;
                if (verdict != Verdict.ALREADY_IMPORTED) {
                    draft.writesAlone(read.line());
                }
                String subject = a.name() + " (" + new Niss(a.niss()).formatted() + ")";
                draft.line(new PlannedLine(read.line(), verdict, subject, Explanation.of("plan.value", a.caisse())));
            }
            pending.clear();
        }
    }

    /** The lines to write, read again. */
    private final class Writing implements Rows {
        private final FlowPlan plan;
        private final FlowStore.Writer writer;
        private final List<Affiliate> batch = new ArrayList<>();

        Writing(FlowPlan plan, FlowStore.Writer writer) {
            this.plan = plan;
            this.writer = writer;
        }

        @Override
        public void row(Row row) {
            if (plan.writes().alone().get(row.line())) {
                read(new LineCheck(row), plan.today(), niss -> -1).ifPresent(batch::add);
                if (batch.size() == CHUNK) {
                    flush();
                }
            }
        }

        @Override
        public void finish() {
            flush();
        }

        private void flush() {
            if (!batch.isEmpty()) {
                writer.affiliates(List.copyOf(batch));
                batch.clear();
            }
        }
    }
}
