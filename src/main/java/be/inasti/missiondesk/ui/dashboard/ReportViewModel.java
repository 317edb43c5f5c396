package be.inasti.missiondesk.ui.dashboard;

import be.inasti.missiondesk.app.report.ReportService;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Exports the dashboard's period and office as CSV or PDF, in the window's language, off the FX thread. */
public final class ReportViewModel {
    private final ReportService reports;
    private final DashboardViewModel dashboard;
    private final ReportTarget target;
    private final Messages messages;
    private final WorkState work;

    public ReportViewModel(ReportService reports, DashboardViewModel dashboard, ReportTarget target,
            TaskRunner tasks, Messages messages) {
        this.reports = reports;
        this.dashboard = dashboard;
        this.target = target;
        this.messages = messages;
        this.work = new WorkState(tasks, messages, "coordination.error");
    }

    public void export(ReportService.Format format) {
        var from = dashboard.form().from().get();
        var to = dashboard.form().to().get();
        var office = dashboard.form().office().get();
        String name = messages.format("report.fileName", from.toString(), to.toString(),
                office.map(Enum::name).orElse("ALL"), format.name().toLowerCase(Locale.ROOT));
        Optional<Path> chosen = target.choose(format, name);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        boolean force = true;  // the save dialog asked before replacing an existing file
        work.run(messages.format("report.writing", file.getFileName().toString()),
                () -> reports.write(from, to, office, format, messages.locale(), file, force),
                written -> work.succeed(messages.format("report.written", file.toString())));
    }

    /** Busy, done or failed: what the action bar shows. */
    public WorkState work() {
        return work;
    }
}
