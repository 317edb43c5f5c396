package be.inasti.missiondesk.domain.workflow;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.catalogue.InForce;
import be.inasti.missiondesk.domain.catalogue.Labels;
import be.inasti.missiondesk.domain.mission.MissionType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The workflow of every mission type, in every catalogue version: data read from {@code catalogue/workflows-*.yaml}
 * and checked when loaded. A version stays in force until the next one starts; a mission follows the version in
 * force on the day it was received, so a new contract's workflows never rewrite a mission already under way.
 */
public final class Workflows {
    private final List<WorkflowSet> sets;
    private final Vocabulary vocabulary;

    public Workflows(List<WorkflowSet> sets) {
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("workflows need at least one version");
        }
        this.sets = sets.stream().sorted(Comparator.comparing(WorkflowSet::validFrom)).toList();
        this.vocabulary = merged(this.sets);
    }

    /** The workflows shipped with the application, read once. */
    public static Workflows bundled() {
        return Bundled.WORKFLOWS;
    }

    /** The version in force on a date; dates before the first version use the first. */
    public WorkflowSet setOn(LocalDate date) {
        return InForce.on(date, sets, WorkflowSet::validFrom);
    }

    /** The workflow a mission of this type received on {@code receivedOn} follows. */
    public Workflow of(MissionType type, LocalDate receivedOn) {
        return setOn(receivedOn).workflows().stream().filter(w -> w.type().equals(type)).findFirst()
                .or(() -> latestOf(type))
                .orElseThrow(() -> new DomainException("workflow.none", type));
    }

    /** A type dropped by a later version keeps the last definition it had: its missions must still move on. */
    private Optional<Workflow> latestOf(MissionType type) {
        return sets.reversed().stream().flatMap(s -> s.workflows().stream()).filter(w -> w.type().equals(type))
                .findFirst();
    }

    /** The types a mission can be opened with on a date, in the data's order. */
    public List<Workflow> inForce(LocalDate on) {
        return setOn(on).workflows();
    }

    /** Every type some version defines, newest version first: old missions keep a type a new contract dropped. */
    public List<MissionType> allTypes() {
        return sets.reversed().stream().flatMap(s -> s.workflows().stream()).map(Workflow::type).distinct().toList();
    }

    /** Whether some version knows the type: a code no workflow has cannot be typed nor arrive in a batch. */
    public boolean hasType(String code) {
        return vocabulary.types().containsKey(code);
    }

    public boolean hasState(String state) {
        return vocabulary.states().containsKey(state);
    }

    public boolean hasOutcome(String outcome) {
        return vocabulary.outcomes().containsKey(outcome);
    }

    /** Every label of every version, the newest winning where a later contract renames something. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public List<WorkflowSet> sets() {
        return sets;
    }

    private static Vocabulary merged(List<WorkflowSet> sets) {
        return new Vocabulary(merge(sets, Vocabulary::types), merge(sets, Vocabulary::states),
                merge(sets, Vocabulary::events), merge(sets, Vocabulary::outcomes));
    }

    private static Map<String, Labels> merge(List<WorkflowSet> sets, Function<Vocabulary, Map<String, Labels>> part) {
        Map<String, Labels> all = new HashMap<>();
        sets.forEach(s -> all.putAll(part.apply(s.vocabulary())));
        return all;
    }

    /** Read on first use, once: the data reader is outside the domain, found like a JDBC driver. */
    private static final class Bundled {
        private static final Workflows WORKFLOWS = ServiceLoader.load(WorkflowSource.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no WorkflowSource on the class path"))
                .read();
    }
}
