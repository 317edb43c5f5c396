package be.inasti.missiondesk.ui.dashboard;

import be.inasti.missiondesk.app.attainment.AttainmentService;
import be.inasti.missiondesk.app.attainment.Dashboard;
import be.inasti.missiondesk.domain.attainment.AttainmentRow;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.TaskRunner;
import be.inasti.missiondesk.ui.common.WorkState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The attainment dashboard of a period and office: every objective and tier (below their norm first, as the
 * service sorts them) and the monthly trend of the row the coordinator selects, at first the one furthest below
 * its norm. The period starts on 1 January and ends today, by the services' clock.
 */
public final class DashboardViewModel {
    private final AttainmentService attainment;
    private final Messages messages;
    private final DateTimeFormatter months;
    private final Form form = new Form(new SimpleObjectProperty<>(), new SimpleObjectProperty<>(),
            new SimpleObjectProperty<>(Optional.empty()), FXCollections.observableArrayList(Stream.concat(
                    Stream.of(Optional.<Office>empty()), Stream.of(Office.values()).map(Optional::of)).toList()));
    private final ObservableList<AttainmentRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AttainmentRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<TrendPoint> trend = FXCollections.observableArrayList();
    private final WorkState work;
    private Dashboard dashboard;

    public DashboardViewModel(AttainmentService attainment, Clock clock, TaskRunner tasks, Messages messages) {
        this.attainment = attainment;
        this.messages = messages;
        this.work = new WorkState(tasks, messages, "coordination.error");
        this.months = DateTimeFormatter.ofPattern("MMM yyyy", messages.locale());
        LocalDate today = LocalDate.now(clock);
        form.to.set(today);
        form.from.set(today.withDayOfYear(1));
        selected.addListener((o, was, now) -> showTrend());
    }

    /**
     * Counts the period off the FX thread; keeps the selected objective's trend if it is still there, else opens
     * the worst one's.
     */
    public void load() {
        LocalDate from = form.from.get();
        LocalDate to = form.to.get();
        if (from == null || to == null || to.isBefore(from)) {
            work.fail(messages.get("dashboard.badPeriod"));
            return;
        }
        Optional<Office> office = form.office.get();
        work.run(() -> attainment.dashboard(from, to, office), loaded -> {
            AttainmentRow was = selected.get();
            dashboard = loaded;
            rows.setAll(loaded.rows());
            selected.set(loaded.rows().stream().filter(r -> was != null && sameTier(r, was)).findFirst()
                    .or(() -> worst(loaded.rows())).orElse(null));
            showTrend();
        });
    }

    /** The row furthest below its norm; with none below, the first (ties keep the earlier row). */
    static Optional<AttainmentRow> worst(List<AttainmentRow> rows) {
        return rows.stream().reduce((a, b) -> b.shortfall() > a.shortfall() ? b : a);
    }

    private static boolean sameTier(AttainmentRow a, AttainmentRow b) {
        return a.objective().equals(b.objective()) && Objects.equals(a.tierDays(), b.tierDays());
    }

    private void showTrend() {
        AttainmentRow row = selected.get();
        if (row == null || dashboard == null) {
            trend.clear();
            return;
        }
        List<Double> percents = dashboard.trend(row.objective(), row.tierDays());
        List<String> labels = dashboard.months().keySet().stream().sorted().map(months::format).toList();
        List<TrendPoint> points = new ArrayList<>();
        IntStream.range(0, labels.size()).forEach(i -> points.add(new TrendPoint(labels.get(i), percents.get(i),
                row.normPercent())));
        trend.setAll(points);
    }

    /** "ECL 4-02 · 60 d": the chart's category and the trend's title. */
    public String categoryText(AttainmentRow row) {
        return row.tierDays() == null ? row.objective()
                : messages.format("dashboard.category", row.objective(), row.tierDays());
    }

    public String tierText(AttainmentRow row) {
        if (row.annualTarget() != null) {
            return messages.get("dashboard.annual");
        }
        if (row.tierMonths() != null) {
            return messages.format("dashboard.tierMonths", row.tierMonths());
        }
        return row.tierDays() == null ? "" : messages.format("dashboard.tier", row.tierDays());
    }

    public String percentText(Double percent) {
        return percent == null ? messages.get("dashboard.none") : messages.format("dashboard.percent", percent);
    }

    /** "95 %"; an annual count's target due over the period instead of its nominal 100 %: "150 attendus". */
    public String normText(AttainmentRow row) {
        return row.annualTarget() != null ? messages.format("dashboard.normCount", row.annualTarget())
                : messages.format("dashboard.normPercent", row.normPercent());
    }

    /**
     * "87,5 %"; an annual count as the count against its pro-rata target, "137 / 150", which a coordinator can
     * check, rather than a percentage of a target she does not see.
     */
    public String attainmentText(AttainmentRow row) {
        return row.neutralised() ? messages.get("dashboard.neutralised")
                : row.annualTarget() != null ? countText(row) : percentText(row.attainmentPercent());
    }

    /** A count has no open clocks to project: its projection is its count so far. */
    public String projectionText(AttainmentRow row) {
        return row.neutralised() ? messages.get("dashboard.neutralised")
                : row.annualTarget() != null ? countText(row) : percentText(row.projectionPercent());
    }

    /** "sous la norme", "norme atteinte": beside the icon, so the standing never shows by colour alone. */
    public String standingText(AttainmentRow row) {
        return standingText(NormStanding.of(row));
    }

    String standingText(NormStanding standing) {
        return messages.of("dashboard.standing", standing);
    }

    /** Stopped beyond the tier; an annual count has no misses, only progress towards its target. */
    public Long missed(AttainmentRow row) {
        return row.annualTarget() != null ? null : row.stopped() - row.met();
    }

    private String countText(AttainmentRow row) {
        return messages.format("dashboard.progress", row.stopped(), row.annualTarget());
    }

    public String officeText(Optional<Office> choice) {
        return choice.map(o -> messages.of("office", o)).orElse(messages.get("dashboard.allOffices"));
    }

    public Form form() {
        return form;
    }

    public ObservableList<AttainmentRow> rows() {
        return rows;
    }

    public ObjectProperty<AttainmentRow> selectedProperty() {
        return selected;
    }

    public ObservableList<TrendPoint> trend() {
        return trend;
    }

    /** Busy, or what went wrong: what the header shows. */
    public WorkState work() {
        return work;
    }

    /**
     * What to count: a period, and one office or all of them (empty).
     *
     * @param offices the choices of {@code office}: all, then each office
     */
    public record Form(ObjectProperty<LocalDate> from, ObjectProperty<LocalDate> to,
            ObjectProperty<Optional<Office>> office, ObservableList<Optional<Office>> offices) {
    }
}
