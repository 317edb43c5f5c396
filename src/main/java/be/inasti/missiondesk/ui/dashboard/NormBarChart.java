package be.inasti.missiondesk.ui.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;

/**
 * Attainment bars, one per objective and tier, each crossed by its norm drawn as a line (JavaFX's bar chart has
 * no such marker, so the lines are laid out over the bars). Bars below their norm take the :below-norm class; the
 * chart's {@code norm-bar-chart} class has the stylesheet colour them with the theme's tokens.
 */
final class NormBarChart extends BarChart<String, Number> {
    private static final PseudoClass BELOW_NORM = PseudoClass.getPseudoClass("below-norm");
    /** How far the norm line reaches past each side of its bar. */
    private static final double OVERHANG = 6;

    /** A bar: its category, attainment % and norm %. */
    record Bar(String category, double percent, int norm) {
    }

    private final Map<String, Integer> norms = new LinkedHashMap<>();
    private final List<Line> lines = new ArrayList<>();

    NormBarChart(String title) {
        super(new CategoryAxis(), new NumberAxis());
        getStyleClass().add("norm-bar-chart");
        setTitle(title);
        setAnimated(false);
        setLegendVisible(false);
        getYAxis().setAutoRanging(false);
    }

    void show(List<Bar> bars, String seriesName) {
        getPlotChildren().removeAll(lines);
        lines.clear();
        norms.clear();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(seriesName);
        for (Bar bar : bars) {
            series.getData().add(new XYChart.Data<>(bar.category(), bar.percent()));
            norms.put(bar.category(), bar.norm());
            Line line = new Line();
            line.getStyleClass().add("norm-line");
            lines.add(line);
        }
        NumberAxis y = (NumberAxis) getYAxis();
        y.setLowerBound(0);
        // Room for ECL 1-01 above 100 % of its pro-rata count, and always for the norms.
        double highest = bars.stream().mapToDouble(Bar::percent).max().orElse(0);
        y.setUpperBound(Math.max(100, Math.ceil(highest / 10) * 10));
        y.setTickUnit(10);
        getData().setAll(List.of(series));
        getPlotChildren().addAll(lines);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        if (getData().isEmpty()) {
            return;
        }
        List<XYChart.Data<String, Number>> data = getData().getFirst().getData();
        for (int i = 0; i < data.size() && i < lines.size(); i++) {
            Node bar = data.get(i).getNode();
            if (bar == null) {
                continue;
            }
            int norm = norms.get(data.get(i).getXValue());
            bar.pseudoClassStateChanged(BELOW_NORM, data.get(i).getYValue().doubleValue() < norm);
            Bounds b = bar.getBoundsInParent();
            double y = getYAxis().getDisplayPosition(norm);
            Line line = lines.get(i);
            line.setStartX(b.getMinX() - OVERHANG);
            line.setEndX(b.getMaxX() + OVERHANG);
            line.setStartY(y);
            line.setEndY(y);
            line.toFront();
        }
    }
}
