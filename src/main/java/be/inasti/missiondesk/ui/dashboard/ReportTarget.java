package be.inasti.missiondesk.ui.dashboard;

import be.inasti.missiondesk.app.report.ReportService;
import java.nio.file.Path;
import java.util.Optional;

/** Where to write a report: a file chooser in the window, a fixed path in tests. Empty: the user cancelled. */
public interface ReportTarget {
    Optional<Path> choose(ReportService.Format format, String suggestedName);
}
