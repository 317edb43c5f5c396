package be.inasti.missiondesk.domain.workflow;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.catalogue.CatalogueVersion;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Refuses a workflow definition that would leave a mission stuck or a clock running for ever, naming the file,
 * the type and the event at fault, so that a maintainer who edits the data learns what to fix when it loads.
 */
public final class WorkflowCheck {
    private static final String RECEPTION = "startsOnReception";

    private final String file;
    private final CatalogueVersion catalogue;

    public WorkflowCheck(String file, CatalogueVersion catalogue) {
        this.file = file;
        this.catalogue = catalogue;
    }

    public void check(WorkflowSet set) {
        Set<String> seen = new HashSet<>();
        for (Workflow w : set.workflows()) {
            if (!seen.add(w.type().code())) {
                throw refused("workflow.duplicateType", w, "", w.type());
            }
            if (!(w.weight() > 0) || w.demoShare() < 0) {
                throw refused("workflow.badNumber", w, "", w.weight(), w.demoShare());
            }
            checkStates(w);
            checkClocks(w);
            checkLabels(w, set.vocabulary());
        }
    }

    private void checkStates(Workflow w) {
        for (String state : w.states()) {
            boolean reached = state.equals(w.initialState()) || w.transitions().stream().anyMatch(t -> t.to().equals(state));
            if (!reached) {
                throw refused("workflow.stateUnreached", w, "", state);
            }
            if (!w.isClosed(state) && w.allowedFrom(state).isEmpty()) {
                throw refused("workflow.noWayOut", w, "", state);
            }
        }
        for (String closed : w.closedStates()) {
            if (!w.states().contains(closed)) {
                throw refused("workflow.stateUnreached", w, "", closed);
            }
        }
    }

    private void checkClocks(Workflow w) {
        Set<String> ended = new HashSet<>();
        w.transitions().forEach(t -> {
            ended.addAll(t.stops());
            ended.addAll(t.cancels());
        });
        checkStarted(w, RECEPTION, w.startsOnReception(), ended);
        for (Transition t : w.transitions()) {
            checkStarted(w, t.event(), t.starts(), ended);
            checkStarted(w, t.event(), t.startsAsOfReception(), ended);
            t.clocksNamed().forEach(code -> checkKnown(w, t.event(), code));
        }
        w.startsOnReception().forEach(code -> checkKnown(w, RECEPTION, code));
        for (String service : w.requestedBy()) {
            if (catalogue.all().stream().noneMatch(o -> o.service().equals(service))) {
                throw refused("workflow.unknownService", w, "requestedBy", service, catalogue.id());
            }
        }
    }

    private void checkStarted(Workflow w, String by, List<String> started, Set<String> ended) {
        for (String code : started) {
            if (!ended.contains(code)) {
                throw refused("workflow.clockNeverEnds", w, by, code);
            }
        }
    }

    private void checkKnown(Workflow w, String by, String code) {
        if (!code.equals(Workflow.SERVICE_OBJECTIVE) && catalogue.objective(code).isEmpty()) {
            throw refused("workflow.unknownObjective", w, by, code, catalogue.id());
        }
    }

    private void checkLabels(Workflow w, Vocabulary words) {
        requireLabel(w, "type", w.type().code(), words.type(w.type().code()).isPresent());
        for (String state : w.states()) {
            requireLabel(w, "states", state, words.state(state).isPresent());
        }
        for (Transition t : w.transitions()) {
            requireLabel(w, "events", t.event(), words.event(t.event()).isPresent());
            if (t.outcome() != null) {
                requireLabel(w, "outcomes", t.outcome().code(), words.outcome(t.outcome().code()).isPresent());
            }
        }
    }

    private void requireLabel(Workflow w, String section, String code, boolean present) {
        if (!present) {
            throw refused("workflow.labelMissing", w, section, code);
        }
    }

    private DomainException refused(String key, Workflow w, String where, Object... details) {
        Object[] args = new Object[3 + details.length];
        args[0] = file;
        args[1] = w.type();
        args[2] = where;
        System.arraycopy(details, 0, args, 3, details.length);
        return new DomainException(key, args);
    }
}
