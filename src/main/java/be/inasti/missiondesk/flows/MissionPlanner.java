package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.flow.FlowPlan;
import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.flow.PlannedLine;
import be.inasti.missiondesk.domain.flow.Verdict;
import be.inasti.missiondesk.domain.flow.WrittenLines;
import be.inasti.missiondesk.domain.workflow.MissionLifecycle;
import be.inasti.missiondesk.domain.workflow.NewMission;
import be.inasti.missiondesk.domain.workflow.Recorded;
import be.inasti.missiondesk.flows.csv.LineIndex;
import be.inasti.missiondesk.flows.csv.Row;
import be.inasti.missiondesk.store.FlowKey;
import be.inasti.missiondesk.store.FlowStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the missions of a file: reads each row with its flow, groups lines by key (one mission per key, the notes
 * of all its lines), and opens a mission for each key neither in the store nor excluded by the flow. The store and
 * the flow are asked about the keys a chunk at a time, so that only a chunk of lines is held; the import then reads
 * the lines that open missions again and writes them in batches.
 */
final class MissionPlanner {
    /** New keys looked up at a time: a few queries for a large file, few lines held. */
    private static final int CHUNK = 10_000;
    /** Missions handed to the store at a time, as {@code MissionStore} inserts them. */
    private static final int BATCH = 2_000;

    private final MissionLifecycle lifecycle;
    private final FlowStore store;

    MissionPlanner(MissionLifecycle lifecycle, FlowStore store) {
        this.lifecycle = lifecycle;
        this.store = store;
    }

    Rows plan(MissionFlow flow, ImportOptions options, LocalDate today, Draft draft) {
        return new Planning(flow, options, today, draft);
    }

    Rows write(MissionFlow flow, FlowPlan plan, FlowStore.Writer writer) {
        return new Writing(flow, plan, writer);
    }

    /** One mission for all the lines of a key: their notes joined, so that nothing a line said is lost. */
    private static NewMission withNotesOf(List<MissionLine> group) {
        NewMission m = group.getFirst().mission();
        String notes = String.join("; ", group.stream().map(l -> l.mission().notes()).distinct().toList());
        return new NewMission(m.type(), m.office(), m.assignee(), m.subject(), m.source(), m.receivedOn(),
                m.objective(), m.priority(), notes);
    }

    /** Groups: numbered in the order of their first line, which and where their last line is. */
    private final class Planning implements Rows {
        private final MissionFlow flow;
        private final ImportOptions options;
        private final LocalDate today;
        private final Draft draft;
        private final LineIndex groups = new LineIndex();
        private final List<String> listedSubjects = new ArrayList<>();
        private final List<MissionLine> pending = new ArrayList<>();
        private final BitSet opened = new BitSet();
        private int[] firstLines = new int[CHUNK];
        private int[] lastLines = new int[CHUNK];
        private int count;

        Planning(MissionFlow flow, ImportOptions options, LocalDate today, Draft draft) {
            this.flow = flow;
            this.options = options;
            this.today = today;
            this.draft = draft;
        }

        @Override
        public void row(Row row) {
            LineCheck check = new LineCheck(row);
            Optional<MissionLine> read = flow.read(check, options);
            check.problems().forEach(draft::problem);
            read.ifPresent(this::add);
        }

        private void add(MissionLine line) {
            int group = groups.putIfAbsent(line.key(), count);
            if (group >= 0) {
                lastLines[group] = line.line();
                draft.mayJoin(line.line());
                String subject = group < listedSubjects.size() ? listedSubjects.get(group)
                        : line.mission().subject().display();
                draft.line(new PlannedLine(line.line(), Verdict.SAME_MISSION, subject,
                        Explanation.of("plan.sameMissionAs", firstLines[group])));
                return;
            }
            if (count == firstLines.length) {
                firstLines = Arrays.copyOf(firstLines, count * 2);
                lastLines = Arrays.copyOf(lastLines, count * 2);
            }
            firstLines[count] = line.line();
            lastLines[count++] = line.line();
            if (listedSubjects.size() < FlowPlan.LISTED) {
                listedSubjects.add(line.mission().subject().display());
            }
            pending.add(line);
            if (pending.size() == CHUNK) {
                decide();
            }
        }

        /**
         * The verdicts of the pending keys. A mission to open is opened here too, and dropped: what the lifecycle
         * refuses (an empty assignee) is refused by the preview, not halfway through the import.
         */
        private void decide() {
            if (pending.isEmpty()) {
                return;
            }
            Set<String> known = store.knownKeys(options.kind().name(), pending.stream().map(MissionLine::key)
                    .toList());
            Map<String, Explanation> excluded = flow.excluded(pending);
            int group = count - pending.size();
            for (MissionLine first : pending) {
                String subject = first.mission().subject().display();
                if (known.contains(first.key())) {
                    draft.line(new PlannedLine(first.line(), Verdict.ALREADY_IMPORTED, subject,
                            Explanation.of("plan.inEarlierFile")));
                } else if (excluded.containsKey(first.key())) {
                    draft.line(new PlannedLine(first.line(), Verdict.NOT_FOR_CNH, subject, excluded.get(first.key())));
                } else {
                    lifecycle.open(first.mission(), today);
                    opened.set(group);
                    draft.line(new PlannedLine(first.line(), Verdict.CREATE, subject,
                            Explanation.of("plan.value", first.mission().type().code())));
                }
                group++;
            }
            pending.clear();
        }

        @Override
        public void finish() {
            decide();
            for (int g = opened.nextSetBit(0); g >= 0; g = opened.nextSetBit(g + 1)) {
                if (firstLines[g] == lastLines[g]) {
                    draft.writesAlone(firstLines[g]);
                } else {
                    draft.writesTogether(firstLines[g], lastLines[g]);
                }
            }
        }
    }

    /**
     * The lines that open missions, read again: a mission of several lines is held from its first line to its last
     * (in a flow, usually the next ones), then opened with their notes joined.
     */
    private final class Writing implements Rows {
        private final MissionFlow flow;
        private final FlowPlan plan;
        private final FlowStore.Writer writer;
        private final Map<String, List<MissionLine>> held = new HashMap<>();
        private final List<FlowKey> keys = new ArrayList<>();
        private final List<Recorded> missions = new ArrayList<>();

        Writing(MissionFlow flow, FlowPlan plan, FlowStore.Writer writer) {
            this.flow = flow;
            this.plan = plan;
            this.writer = writer;
        }

        @Override
        public void row(Row row) {
            WrittenLines writes = plan.writes();
            int line = row.line();
            if (writes.reads(line)) {
                flow.read(new LineCheck(row), plan.options()).ifPresent(read -> {
                    if (writes.alone().get(line)) {
                        open(List.of(read));
                    } else if (writes.first().get(line)) {
                        held.put(read.key(), new ArrayList<>(List.of(read)));
                    } else if (held.containsKey(read.key())) {
                        held.get(read.key()).add(read);
                        if (writes.last().get(line)) {
                            open(held.remove(read.key()));
                        }
                    }
                });
            }
        }

        private void open(List<MissionLine> group) {
            MissionLine first = group.getFirst();
            Recorded recorded = lifecycle.open(withNotesOf(group), plan.today());
            keys.add(new FlowKey(first.key(), first.line(), recorded.mission().id()));
            missions.add(recorded);
            if (missions.size() == BATCH) {
                flush();
            }
        }

        @Override
        public void finish() {
            flush();
        }

        private void flush() {
            if (!missions.isEmpty()) {
                writer.missions(List.copyOf(keys), List.copyOf(missions));
                keys.clear();
                missions.clear();
            }
        }
    }
}
