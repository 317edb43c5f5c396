package be.inasti.missiondesk.ui.dashboard;

import be.inasti.missiondesk.app.report.ReportService;
import be.inasti.missiondesk.ui.Messages;
import be.inasti.missiondesk.ui.TaskRunner;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Exports the dashboard's period and office as CSV or PDF, in the window's language, off the FX thread. */
public final class ReportViewModel {
    private final ReportService reports;
    private final DashboardViewModel dashboard;
    private final ReportTarget target;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ReportViewModel(ReportService reports, DashboardViewModel dashboard, ReportTarget target,
            TaskRunner tasks, Messages messages) {
        this.reports = reports;
        this.dashboard = dashboard;
        this.target = target;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void export(ReportService.Format format) {
        var from = dashboard.fromProperty().get();
        var to = dashboard.toProperty().get();
        var office = dashboard.officeProperty().get();
        String name = messages.format("report.fileName", from.toString(), to.toString(),
                office.map(Enum::name).orElse("ALL"), format.name().toLowerCase(Locale.ROOT));
        Optional<Path> chosen = target.choose(format, name);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        busy.set(true);
        message.set(messages.format("report.writing", file.getFileName().toString()));
        tasks.run(() -> reports.write(from, to, office, format, messages.locale(), file), written -> {
            message.set(messages.format("report.written", file.toString()));
            error.set("");
            busy.set(false);
        }, failure -> {
            message.set("");
            error.set(messages.format("coordination.error", failure.getMessage()));
            busy.set(false);
        });
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
