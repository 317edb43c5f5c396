package be.inasti.missiondesk.ui.dashboard;

import be.inasti.missiondesk.app.report.ReportService;
import be.inasti.missiondesk.domain.attainment.AttainmentRow;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.ui.common.ColumnFit;
import be.inasti.missiondesk.ui.common.Columns;
import be.inasti.missiondesk.ui.common.DisplayConverter;
import be.inasti.missiondesk.ui.common.Labels;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.Rows;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * The period and office with the export buttons on top; the table of objectives and tiers (below-norm rows
 * marked) above the bar chart with its norm lines and the monthly trend of the selected row.
 */
public final class DashboardView extends BorderPane {
    /** "nichts abgeschlossen" and its icon. */
    private static final double STANDING_WIDTH = 170;

    private final DashboardViewModel model;
    private final Messages messages;
    private final TableView<AttainmentRow> table = new TableView<>();
    private final NormBarChart bars;
    private final LineChart<String, Number> trend = new LineChart<>(new CategoryAxis(), new NumberAxis(0, 100, 10));

    public DashboardView(DashboardViewModel model, ReportViewModel reports, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.bars = new NormBarChart(messages.get("dashboard.chart"));
        bars.setId("dashboard-bars");
        getStyleClass().add("coordination-screen");
        setTop(toolbar(reports));
        rowsTable();
        trendChart();
        model.rows().addListener((ListChangeListener<AttainmentRow>) c -> showBars());
        SplitPane charts = new SplitPane(bars, trend);
        SplitPane split = new SplitPane(table, charts);
        split.setOrientation(Orientation.VERTICAL);
        setCenter(split);
    }

    private FlowPane toolbar(ReportViewModel reports) {
        DatePicker from = new DatePicker();
        from.setId("dashboard-from");
        from.valueProperty().bindBidirectional(model.form().from());
        DatePicker to = new DatePicker();
        to.setId("dashboard-to");
        to.valueProperty().bindBidirectional(model.form().to());
        ComboBox<Optional<Office>> office = new ComboBox<>(model.form().offices());
        office.setId("dashboard-office");
        office.setConverter(new DisplayConverter<>(model::officeText));
        office.valueProperty().bindBidirectional(model.form().office());
        Button show = button("dashboard-show", "dashboard.show", model::load);
        show.setDefaultButton(true);
        FlowPane bar = new FlowPane(8, 8, new Label(messages.get("dashboard.from")), from,
                new Label(messages.get("dashboard.to")), to, office, show,
                Labels.busy("dashboard-busy", model.work().busyProperty()),
                button("report-csv", "report.csv", () -> reports.export(ReportService.Format.CSV)),
                button("report-pdf", "report.pdf", () -> reports.export(ReportService.Format.PDF)),
                Labels.busy("report-busy", reports.work().busyProperty()),
                new HBox(12, Labels.bound("report-message", reports.work().messageProperty()),
                        Labels.bound("report-error", reports.work().errorProperty(), "error"),
                        Labels.bound("dashboard-error", model.work().errorProperty(), "error")));
        bar.getStyleClass().add("coordination-header");
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void rowsTable() {
        table.setId("dashboard-table");
        table.setPlaceholder(new Label(messages.get("common.empty")));
        table.setItems(model.rows());
        table.getColumns().add(Columns.text(messages.get("column.objective"), AttainmentRow::objective));
        TableColumn<AttainmentRow, String> label = Columns.text(messages.get("dashboard.column.label"),
                r -> r.label().in(messages.locale()));
        table.getColumns().add(label);
        table.getColumns().add(Columns.text(messages.get("dashboard.column.tier"), model::tierText));
        table.getColumns().add(Columns.text(messages.get("dashboard.column.norm"), model::normText));
        table.getColumns().add(Columns.text(messages.get("dashboard.column.attainment"),
                model::attainmentText));
        table.getColumns().add(standingColumn());
        table.getColumns().add(Columns.number(messages.get("dashboard.column.stopped"), AttainmentRow::stopped));
        table.getColumns().add(Columns.number(messages.get("dashboard.column.met"), AttainmentRow::met));
        table.getColumns().add(Columns.number(messages.get("dashboard.column.missed"), model::missed));
        table.getColumns().add(Columns.number(messages.get("dashboard.column.openOverdue"),
                AttainmentRow::openOverdue));
        table.getColumns().add(Columns.text(messages.get("dashboard.column.projection"),
                model::projectionText));
        ColumnFit.fitAll(table, label);
        Rows.mark(table, List.of("below-norm"), r -> r.belowNorm() ? "below-norm" : null,
                r -> model.selectedProperty().set(r));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        // The row the trend opens on (the worst) is highlighted, so the chart below says which row it is about.
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
    }

    /** Below or on the norm in an icon and a word, wide enough for the longest word of the four languages. */
    private TableColumn<AttainmentRow, AttainmentRow> standingColumn() {
        TableColumn<AttainmentRow, AttainmentRow> column = new TableColumn<>(messages.get("dashboard.column.standing"));
        column.setId("dashboard-standing");
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        column.setCellFactory(c -> new NormStandingCell(model::standingText));
        column.setMinWidth(STANDING_WIDTH);
        column.setSortable(false);
        return column;
    }

    /** Only rows with stopped clocks, and not neutralised, have a percentage to draw. */
    private void showBars() {
        bars.show(model.rows().stream().filter(r -> r.attainmentPercent() != null && !r.neutralised())
                .map(r -> new NormBarChart.Bar(model.categoryText(r), r.attainmentPercent(), r.normPercent()))
                .toList(), messages.get("dashboard.column.attainment"));
    }

    private void trendChart() {
        trend.setId("dashboard-trend");
        trend.getStyleClass().add("trend-chart");
        trend.setAnimated(false);
        trend.setCreateSymbols(true);
        model.trend().addListener((ListChangeListener<TrendPoint>) c -> showTrend());
    }

    /** The selected row's month-by-month attainment and its norm as a flat second line. */
    private void showTrend() {
        XYChart.Series<String, Number> percent = new XYChart.Series<>();
        percent.setName(messages.get("dashboard.column.attainment"));
        XYChart.Series<String, Number> norm = new XYChart.Series<>();
        norm.setName(messages.get("dashboard.column.norm"));
        for (TrendPoint p : model.trend()) {
            if (p.percent() != null) {
                percent.getData().add(new XYChart.Data<>(p.month(), p.percent()));
            }
            norm.getData().add(new XYChart.Data<>(p.month(), p.norm()));
        }
        AttainmentRow row = model.selectedProperty().get();
        trend.setTitle(row == null ? "" : messages.format("dashboard.trend", model.categoryText(row)));
        trend.getData().setAll(List.of(percent, norm));
    }
}
