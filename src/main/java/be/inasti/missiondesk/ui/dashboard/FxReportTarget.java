package be.inasti.missiondesk.ui.dashboard;

import be.inasti.missiondesk.app.report.ReportService;
import be.inasti.missiondesk.ui.common.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks for the report's file with the system's save dialog, filtered on the chosen format. */
public final class FxReportTarget implements ReportTarget {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxReportTarget(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> choose(ReportService.Format format, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("report.choose"));
        chooser.setInitialFileName(suggestedName);
        String extension = format.name().toLowerCase(Locale.ROOT);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }
}
