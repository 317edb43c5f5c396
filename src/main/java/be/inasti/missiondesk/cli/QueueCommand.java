package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.ClockStatus;
import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.app.QueueService;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.clock.DeadlineClock;
import be.inasti.missiondesk.domain.clock.TierDeadline;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "queue", description = "List missions with their clocks, most urgent first.")
final class QueueCommand extends ServiceCommand<QueueService> {
    @Option(names = "--office", description = "Only this office: ${COMPLETION-CANDIDATES}.")
    Office office;

    @Option(names = "--assignee", paramLabel = "AGENT", converter = LoginConverter.class,
            description = "Only this agent's missions.")
    String assignee;

    @Option(names = "--state", description = "Only missions whose most urgent open clock is in this state (ON_TRACK "
            + "when none runs): OVERDUE, AT_RISK or ON_TRACK.")
    ClockState state;

    @Option(names = "--all", description = "Closed missions too.")
    boolean all;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE}).")
    Formats.Format format;

    QueueCommand() {
        super(Services::queue);
    }

    @Override
    int run(QueueService queue) {
        List<QueueItem> items = queue.all(new QueueCriteria(Optional.ofNullable(assignee), Set.of(),
                Optional.ofNullable(state).map(Set::of).orElse(Set.of()), Set.of(),
                Optional.ofNullable(office).map(Set::of).orElse(Set.of()), "", all));
        switch (format) {
            case json -> Formats.json(out(), items.stream().map(QueueCommand::json).toList());
            case csv -> Formats.csv(out(), CSV_HEADER, items.stream().flatMap(i -> csvRows(i).stream()).toList());
            case table -> Formats.table(out(), TABLE_HEADER, items.stream().map(QueueCommand::tableRow).toList());
        }
        return 0;
    }

    private static final List<String> TABLE_HEADER = List.of("id", "type", "office", "assignee", "status", "subject",
            "objective", "due", "countdown", "state");

    private static List<Object> tableRow(QueueItem i) {
        Mission m = i.mission();
        Optional<ClockStatus> urgent = i.mostUrgent();
        return List.of(m.id().toString().substring(0, 8), m.type(), m.office(), m.assignee(), m.status(),
                m.subject().display(), urgent.map(c -> c.clock().objectiveCode()).orElse(""),
                urgent.map(c -> c.clock().dueOn().toString()).orElse(""),
                urgent.map(c -> Formats.countdown(c.countdown())).orElse(""), i.urgency());
    }

    private static final List<String> CSV_HEADER = List.of("id", "type", "office", "assignee", "status",
            "subject_kind", "subject_id", "subject_name", "objective", "started", "due", "stopped",
            "remaining_days", "remaining_working_days", "state");

    /** One line per clock, so that a spreadsheet can pivot on objectives. */
    private static List<List<Object>> csvRows(QueueItem i) {
        Mission m = i.mission();
        List<List<Object>> rows = new ArrayList<>();
        for (ClockStatus c : i.clocks()) {
            rows.add(Arrays.asList(m.id(), m.type(), m.office(), m.assignee(), m.status(),
                    m.subject().kind(), m.subject().identifier(), m.subject().name(), c.clock().objectiveCode(),
                    c.clock().startedOn(), c.clock().dueOn(), c.clock().stoppedOn(), c.countdown().remainingDays(),
                    c.countdown().remainingWorkingDays(), c.countdown().state()));
        }
        return rows;
    }

    record MissionJson(String id, String type, String office, String assignee, String status, String outcome,
            String subject, String subjectKind, String subjectId, String subjectName, LocalDate received,
            String state, List<ClockJson> clocks) {
    }

    record ClockJson(String objective, LocalDate started, LocalDate due, LocalDate stopped, boolean cancelled,
            long remainingDays, long remainingWorkingDays, String state, List<TierJson> tiers) {
    }

    record TierJson(long days, int normPercent, LocalDate due, Boolean met) {
    }

    private static MissionJson json(QueueItem i) {
        Mission m = i.mission();
        return new MissionJson(m.id().toString(), m.type().code(), m.office().name(), m.assignee(), m.status(),
                m.outcome() == null ? null : m.outcome().code(), m.subject().display(), m.subject().kind().name(),
                m.subject().identifier(), m.subject().name(), m.receivedOn(), i.urgency().name(),
                i.clocks().stream().map(QueueCommand::json).toList());
    }

    private static ClockJson json(ClockStatus s) {
        DeadlineClock c = s.clock();
        List<TierJson> tiers = null;
        if (c.tiers().size() > 1) {
            tiers = new ArrayList<>();
            for (int t = 0; t < c.tiers().size(); t++) {
                TierDeadline tier = c.tiers().get(t);
                tiers.add(new TierJson(tier.dueOn().toEpochDay() - c.startedOn().toEpochDay(), tier.normPercent(),
                        tier.dueOn(), c.isOpen() ? null : c.metTier(t)));
            }
        }
        return new ClockJson(c.objectiveCode(), c.startedOn(), c.dueOn(), c.stoppedOn(), c.cancelled(),
                s.countdown().remainingDays(), s.countdown().remainingWorkingDays(), s.countdown().state().name(),
                tiers);
    }
}
