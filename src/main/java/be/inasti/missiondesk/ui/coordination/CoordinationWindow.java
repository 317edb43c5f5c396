package be.inasti.missiondesk.ui.coordination;

import be.inasti.missiondesk.app.QueueService;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.app.TeamService;
import be.inasti.missiondesk.app.attainment.AttainmentService;
import be.inasti.missiondesk.app.report.ReportService;
import be.inasti.missiondesk.ui.atrisk.AtRiskView;
import be.inasti.missiondesk.ui.atrisk.AtRiskViewModel;
import be.inasti.missiondesk.ui.balance.BalanceView;
import be.inasti.missiondesk.ui.balance.BalanceViewModel;
import be.inasti.missiondesk.ui.common.Keys;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.Shortcut;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.dashboard.DashboardView;
import be.inasti.missiondesk.ui.dashboard.DashboardViewModel;
import be.inasti.missiondesk.ui.dashboard.ReportTarget;
import be.inasti.missiondesk.ui.dashboard.ReportViewModel;
import be.inasti.missiondesk.ui.team.ReassignViewModel;
import be.inasti.missiondesk.ui.team.TeamView;
import be.inasti.missiondesk.ui.team.TeamViewModel;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The coordinator's window beside the desk: team, balance, dashboard and at-risk tabs (Ctrl+Tab moves between
 * them). Its composition root: the view models share the team's agents, and a move refreshes the team, the
 * at-risk list and, through {@code onMoved}, the main window's queue.
 */
public final class CoordinationWindow {
    private static final double MIN_WIDTH = 1200;
    private static final double MIN_HEIGHT = 760;

    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final Map<CoordinationScreen, Tab> byScreen = new EnumMap<>(CoordinationScreen.class);
    private final TeamViewModel team;
    private final AtRiskViewModel atRisk;

    /** The services the coordinators' screens use. */
    public record Uses(TeamService team, QueueService queue, AttainmentService attainment, ReportService reports,
            Clock clock) {
        public static Uses of(Services services) {
            return new Uses(services.team(), services.queue(), services.attainment(), services.reports(),
                    services.clock());
        }
    }

    private CoordinationWindow(Window owner, Uses services, TaskRunner tasks, Messages messages,
            Runnable onMoved, Function<Window, ReportTarget> target) {
        team = new TeamViewModel(services.team(), services.queue(), tasks, messages);
        atRisk = new AtRiskViewModel(services.team(), tasks, messages);
        Runnable moved = () -> {
            refresh();
            onMoved.run();
        };
        ReassignViewModel reassign = new ReassignViewModel(services.team(), tasks, messages, moved);
        BalanceViewModel balance = new BalanceViewModel(services.team(), services.queue(), team.team().agents(), tasks,
                messages, moved);
        DashboardViewModel dashboard = new DashboardViewModel(services.attainment(), services.clock(), tasks,
                messages);
        ReportViewModel reports = new ReportViewModel(services.reports(), dashboard, target.apply(stage), tasks,
                messages);
        add(CoordinationScreen.TEAM, new TeamView(team, reassign, messages), messages);
        add(CoordinationScreen.BALANCE, new BalanceView(balance, team.team().mayReassign(), messages), messages);
        add(CoordinationScreen.DASHBOARD, new DashboardView(dashboard, reports, messages), messages);
        add(CoordinationScreen.AT_RISK, new AtRiskView(atRisk, messages), messages);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Over the main window and as large: the dashboard's eleven columns need the whole width of a 1280 screen.
        Scene scene = new Scene(tabs, Math.max(MIN_WIDTH, owner.getWidth()), Math.max(MIN_HEIGHT, owner.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(CoordinationWindow.class.getResource(
                "/be/inasti/missiondesk/ui/missiondesk.css")).toExternalForm());
        scene.getStylesheets().add(Objects.requireNonNull(CoordinationWindow.class.getResource("coordination.css"))
                .toExternalForm());
        stage.initOwner(owner);
        stage.setTitle(messages.get("coordination.title"));
        stage.setScene(scene);
        Keys.closeOnEscape(stage);
        // The menu's shortcuts live in the main window: here they move between the tabs.
        for (CoordinationScreen screen : CoordinationScreen.values()) {
            scene.getAccelerators().put(Shortcut.of(screen.accelerator(), messages), () -> show(screen));
        }
        refresh();
        dashboard.load();
    }

    /**
     * Reads the team's counts and the at-risk list again, after a change made here or in the main window (an event,
     * a new mission, an import). The dashboard is a report over a period: it is read again when asked.
     */
    public void refresh() {
        team.refresh();
        atRisk.refresh();
    }

    private void add(CoordinationScreen screen, Node content, Messages messages) {
        Tab tab = new Tab(messages.of("coordination", screen), content);
        tab.setId("tab-" + screen.id());
        byScreen.put(screen, tab);
        tabs.getTabs().add(tab);
    }

    /**
     * Opens the window on its screens; everything is read off the FX thread, the tabs fill in as it arrives.
     *
     * @param target where reports go, given the window (a file chooser; a fixed file in tests)
     */
    public static CoordinationWindow open(Window owner, Uses services, TaskRunner tasks, Messages messages,
            Runnable onMoved, Function<Window, ReportTarget> target) {
        return new CoordinationWindow(owner, services, tasks, messages, onMoved, target);
    }

    /** Brings the window forward on {@code screen}. */
    public void show(CoordinationScreen screen) {
        tabs.getSelectionModel().select(byScreen.get(screen));
        stage.show();
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void close() {
        stage.close();
    }
}
