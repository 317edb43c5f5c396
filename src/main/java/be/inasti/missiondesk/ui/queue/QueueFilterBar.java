package be.inasti.missiondesk.ui.queue;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.workflow.Workflows;
import be.inasti.missiondesk.ui.common.DisplayConverter;
import be.inasti.missiondesk.ui.common.Keys;
import be.inasti.missiondesk.ui.common.Messages;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The search box, the scope and the quick filters above the queue; each control only feeds the filter. The
 * search box is AtlantaFX's own custom text field: ControlsFX's one is styled with Modena colours AtlantaFX lacks.
 */
public final class QueueFilterBar extends FlowPane {
    private final Messages messages;
    private final CustomTextField search = new CustomTextField();

    public QueueFilterBar(QueueViewModel model, Messages messages) {
        super(8, 6);
        this.messages = messages;
        getStyleClass().add("queue-filters");
        QueueFilter filter = model.filter();
        search.setId("queue-search");
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.setRight(clearButton());
        search.setPromptText(messages.get("queue.search.prompt"));
        search.setTooltip(new Tooltip(messages.get("queue.search.tip")));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(filter.search());
        CheckBox mine = new CheckBox(messages.get("queue.mine"));
        mine.setId("queue-mine");
        mine.setTooltip(new Tooltip(messages.get("queue.mine.tip")));
        mine.selectedProperty().bindBidirectional(filter.mineOnly());
        getChildren().addAll(search, mine,
                choices("filter-type", "filter.type", FXCollections.observableArrayList(Workflows.bundled().allTypes()),
                        t -> messages.type(t), filter.types()),
                choices("filter-state", "filter.state", FXCollections.observableArrayList(ClockState.OVERDUE,
                        ClockState.AT_RISK, ClockState.ON_TRACK), s -> messages.of("state", s), filter.states()),
                choices("filter-objective", "filter.objective", model.filter().objectiveChoices(), o -> o,
                        filter.objectives()),
                choices("filter-office", "filter.office", FXCollections.observableArrayList(Office.values()),
                        o -> messages.of("office", o), filter.offices()));
    }

    /** A multi-choice box whose checked items are mirrored into the filter's set. */
    private <T> CheckComboBox<T> choices(String id, String titleKey, ObservableList<T> items, Function<T, String> text,
            ObservableSet<T> target) {
        CheckComboBox<T> box = new CheckComboBox<>(items);
        box.setId(id);
        String title = messages.get(titleKey);
        box.titleProperty().bind(Bindings.createStringBinding(
                () -> target.isEmpty() ? title : messages.format("filter.active", title, target.size()), target));
        box.setTooltip(new Tooltip(messages.get(titleKey)));
        box.setConverter(new DisplayConverter<>(text));
        ObservableList<T> checked = box.getCheckModel().getCheckedItems();
        checked.addListener((ListChangeListener<T>) change -> {
            target.retainAll(checked);
            target.addAll(checked);
        });
        return box;
    }

    private Button clearButton() {
        Button clear = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        clear.setId("queue-search-clear");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.setTooltip(new Tooltip(messages.get("queue.search.clear")));
        clear.setFocusTraversable(false);
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        clear.setOnAction(e -> search.clear());
        return clear;
    }

    /** Down in the search box goes to the results. */
    void downGoesTo(TableView<?> results) {
        Keys.downGoesTo(search, results);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
