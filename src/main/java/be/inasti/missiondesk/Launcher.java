package be.inasti.missiondesk;

import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.cli.Cli;
import be.inasti.missiondesk.cli.Environment;
import be.inasti.missiondesk.domain.text.Language;
import be.inasti.missiondesk.ui.shell.DesktopApp;
import be.inasti.missiondesk.ui.shell.FxPlatform;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point of {@code missiondesk}: the window with no command, the command line with one. Wires the real
 * database, clock and window into the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        long launched = System.nanoTime();
        // The FX platform starts first: its start is the longest wait of the window's, the rest overlaps it.
        FxPlatform fx = Cli.opensTheWindow(args) ? FxPlatform.startingNow(launched, DesktopApp::prepare)
                : FxPlatform.onDemand();
        quietLibraries();
        int exitCode = Cli.create(Services::open, (services, start) -> DesktopApp.run(fx, services,
                start.exitWhenReady(), start.batchFile(), start.language().map(Language::locale)),
                Environment.system(), args).execute(args);
        System.exit(exitCode);
    }

    /**
     * jOOQ's banner and Flyway's info lines are noise on a command line; warnings still show (PDFBox's font warnings
     * are quieted where the PDF is written, {@code app.report.PdfReport}).
     */
    private static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Logger.getLogger("").setLevel(Level.WARNING);
    }
}
