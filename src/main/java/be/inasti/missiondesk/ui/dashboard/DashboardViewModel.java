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
 * service sorts them) and the monthly trend of the row the coordinator selects. The period starts on 1 January
 * and ends today, by the services' clock.
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

    /** Counts the period off the FX thread; keeps the selected objective's trend if it is still there. */
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
                    .orElse(loaded.rows().isEmpty() ? null : loaded.rows().getFirst()));
            showTrend();
        });
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
        return row.tierDays() == null ? "" : messages.format("dashboard.tier", row.tierDays());
    }

    public String percentText(Double percent) {
        return percent == null ? messages.get("dashboard.none") : messages.format("dashboard.percent", percent);
    }

    /** Stopped beyond the tier; an annual count has no misses, only progress towards its target. */
    public Long missed(AttainmentRow row) {
        return row.annualTarget() != null ? null : row.stopped() - row.met();
    }

    /** ECL 1-01's progress towards the annual count, pro rata over the period: "412 / 450". */
    public String progressText(AttainmentRow row) {
        return row.annualTarget() == null ? "" : messages.format("dashboard.progress", row.stopped(),
                row.annualTarget());
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
