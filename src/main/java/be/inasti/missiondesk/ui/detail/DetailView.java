package be.inasti.missiondesk.ui.detail;

import be.inasti.missiondesk.domain.catalogue.Tier;
import be.inasti.missiondesk.ui.common.ColumnFit;
import be.inasti.missiondesk.ui.common.Columns;
import be.inasti.missiondesk.ui.common.CountdownBadge;
import be.inasti.missiondesk.ui.common.Labels;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.Shortcut;
import be.inasti.missiondesk.ui.common.StateIcons;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The opened mission beside the queue: facts, clocks with a progress bar per tier, one button per allowed
 * transition (Ctrl+1…9, shown in its tooltip), and the history timeline, newest first.
 */
public final class DetailView extends VBox {
    private static final int SHORTCUTS = 9;

    private final DetailViewModel model;
    private final Messages messages;
    private final GridPane facts = new GridPane();
    private final VBox clocks = new VBox(8);
    private final FlowPane actions = new FlowPane(8, 8);

    public DetailView(DetailViewModel model, Messages messages, Runnable close) {
        super(10);
        this.model = model;
        this.messages = messages;
        setId("detail");
        getStyleClass().add("detail");
        facts.getStyleClass().add("detail-facts");
        facts.setHgap(12);
        facts.setVgap(4);
        clocks.setId("detail-clocks");
        actions.setId("detail-actions");
        VBox body = new VBox(12, facts, section("detail.clocks"), clocks, section("detail.actions"), actions,
                section("detail.history"), historyTable());
        body.getStyleClass().add("detail-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header(close), scroll);
        model.shown().facts().addListener((ListChangeListener<Fact>) c -> showFacts());
        model.shown().clocks().addListener((ListChangeListener<ClockRow>) c -> showClocks());
        model.shown().transitions().addListener((ListChangeListener<TransitionAction>) c -> showActions());
        sceneProperty().addListener((o, was, scene) -> addShortcuts(scene));
    }

    private HBox header(Runnable close) {
        Label title = new Label();
        title.setId("detail-title");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(model.shown().title());
        Labels.wrapping(title);
        Label error = new Label();
        error.getStyleClass().add("error");
        error.textProperty().bind(model.work().errorProperty());
        Labels.wrapping(error);
        Button closeButton = new Button(messages.get("detail.close"));
        closeButton.setId("detail-close");
        closeButton.setTooltip(new Tooltip(messages.get("detail.close.tip")));
        closeButton.setOnAction(e -> close.run());
        closeButton.setMinWidth(USE_PREF_SIZE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.work().busyProperty());
        VBox titles = new VBox(4, title, error);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox header = new HBox(8, titles, busy, closeButton);
        header.getStyleClass().add("detail-header");
        return header;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().addAll("title-4", "detail-section");
        return label;
    }

    private TableView<HistoryRow> historyTable() {
        TableView<HistoryRow> table = new TableView<>(model.shown().history());
        table.setId("detail-history");
        table.setPlaceholder(new Label(messages.get("common.empty")));
        table.setPrefHeight(260);
        // When and who keep their width; what happened takes the rest and wraps.
        table.getColumns().add(ColumnFit.toContent(Columns.text(messages.get("history.when"), HistoryRow::when)));
        table.getColumns().add(ColumnFit.toContent(Columns.text(messages.get("history.author"), HistoryRow::who)));
        TableColumn<HistoryRow, String> what = Columns.wrapped(messages.get("history.what"), HistoryRow::what);
        table.getColumns().add(what);
        ColumnFit.restTo(table, what);
        return table;
    }

    private void showFacts() {
        facts.getChildren().clear();
        int row = 0;
        for (Fact fact : model.shown().facts()) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("text-muted");
            label.setMinWidth(USE_PREF_SIZE);
            Label value = new Label(fact.value());
            value.setId("fact-" + fact.id());
            value.setWrapText(true);
            label.setLabelFor(value);
            facts.addRow(row++, label, value);
        }
    }

    private void showClocks() {
        clocks.getChildren().setAll(model.shown().clocks().stream().map(this::clockBox).toList());
    }

    private Node clockBox(ClockRow row) {
        Label objective = new Label(row.objective());
        objective.getStyleClass().add("text-bold");
        CountdownBadge state = new CountdownBadge();
        state.show(row.summary(), row.state(), row.workingDays());
        VBox box = new VBox(4, new HBox(10, objective, state));
        for (ClockRow.Tier tier : row.tiers()) {
            ProgressBar bar = new ProgressBar(tier.progress());
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setAccessibleText(tier.text());
            StateIcons.mark(bar, row.state());
            box.getChildren().addAll(new Label(tier.text()), bar);
        }
        box.getStyleClass().add("clock-box");
        box.setUserData(row);
        return box;
    }

    private void showActions() {
        actions.getChildren().clear();
        for (int i = 0; i < model.shown().transitions().size(); i++) {
            TransitionAction action = model.shown().transitions().get(i);
            Button button = new Button(action.label());
            button.getStyleClass().add("transition");
            String shortcut = i < SHORTCUTS ? shortcut(i).getDisplayText() : "";
            String outcome = action.outcome() == null ? "" : messages.format("detail.recordsOutcome",
                    action.outcome());
            button.setTooltip(new Tooltip((outcome + "  " + shortcut).strip()));
            button.setOnAction(e -> model.fire(action));
            actions.getChildren().add(button);
        }
    }

    private KeyCombination shortcut(int index) {
        return Shortcut.of(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(index + 1)),
                KeyCombination.SHORTCUT_DOWN), messages);
    }

    private void addShortcuts(Scene scene) {
        if (scene == null) {
            return;
        }
        for (int i = 0; i < SHORTCUTS; i++) {
            int index = i;
            scene.getAccelerators().put(shortcut(i), () -> {
                if (index < model.shown().transitions().size()) {
                    model.fire(model.shown().transitions().get(index));
                }
            });
        }
    }
}
