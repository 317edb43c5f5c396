package be.inasti.missiondesk.flows;

import be.inasti.missiondesk.domain.flow.ImportOptions;
import be.inasti.missiondesk.domain.identity.Bce;
import be.inasti.missiondesk.domain.identity.IdentifierProblem;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.domain.workflow.MissionLifecycle;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Information requests: one mission each, counted towards its service's objective (VOB 4-01, CNH 5-01, …), its
 * clock started on the day the request was received, which each line gives.
 */
final class RequestsFlow implements MissionFlow {
    private final MissionLifecycle lifecycle;

    RequestsFlow(MissionLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public Optional<MissionLine> read(LineCheck check, ImportOptions options) {
        List<String> objectives = lifecycle.serviceObjectives(MissionType.INFO_REQUEST, options.received());
        Channel channel = check.oneOf("canal", Channel::parse, Channel.KNOWN);
        String objective = check.oneOf("service", s -> objectiveOf(s, objectives), services(objectives));
        Subject subject = subject(check);
        LocalDate received = check.dateNotAfter("date_reception", options.received(), "line.afterToday");
        String summary = check.required("resume");
        return check.ifOk(() -> new MissionLine(check.line(),
                String.join("/", channel.name(), objective, subject.display(), received.toString(), summary),
                options.mission(MissionType.INFO_REQUEST, subject, Source.FLOW, received, objective,
                        channel.label() + ": " + summary)));
    }

    /** A service is named by its code ({@code VOB}) or its objective ({@code VOB 4-01}). */
    private static Optional<String> objectiveOf(String service, List<String> objectives) {
        String typed = service.toUpperCase(Locale.ROOT);
        return objectives.stream().filter(o -> o.equals(typed) || o.startsWith(typed + " ")).findFirst();
    }

    private static String services(List<String> objectives) {
        return String.join(", ", objectives.stream().map(o -> o.substring(0, o.indexOf(' '))).toList());
    }

    /** Who asks: a NISS (11 digits), a BCE number (10 digits), or only a name. */
    private static Subject subject(LineCheck check) {
        String id = check.optional("identifiant");
        String name = check.optional("nom").isEmpty() ? null : check.optional("nom");
        int digits = id.replaceAll("\\D", "").length();
        if (id.isEmpty()) {
            return Subject.unidentified(name);
        }
        Optional<IdentifierProblem> problem = digits == 10 ? Bce.problem(id) : Niss.problem(id);
        if (problem.isPresent()) {
            check.refuse("identifiant", digits == 10 ? "line.bce" : "line.niss", problem.get().explanation());
            return null;
        }
        return digits == 10 ? Subject.company(Bce.parse(id), name) : Subject.person(Niss.parse(id), name);
    }
}
