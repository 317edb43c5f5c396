package be.inasti.missiondesk.ui.queue;

import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.ui.Messages;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The search box, the scope and the quick filters above the queue; each control only feeds the filter. */
public final class QueueFilterBar extends HBox {
    private final Messages messages;
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();

    public QueueFilterBar(QueueViewModel model, Messages messages) {
        super(8);
        this.messages = messages;
        getStyleClass().add("queue-filters");
        QueueFilter filter = model.filter();
        search.setId("queue-search");
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.setPromptText(messages.get("queue.search.prompt"));
        search.setTooltip(new Tooltip(messages.get("queue.search.tip")));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(filter.searchProperty());
        CheckBox mine = new CheckBox(messages.get("queue.mine"));
        mine.setId("queue-mine");
        mine.setTooltip(new Tooltip(messages.get("queue.mine.tip")));
        mine.selectedProperty().bindBidirectional(filter.mineOnlyProperty());
        getChildren().addAll(search, mine,
                choices("filter-type", "filter.type", FXCollections.observableArrayList(MissionType.values()), t -> messages.of("type", t),
                        filter.types()),
                choices("filter-state", "filter.state", FXCollections.observableArrayList(ClockState.OVERDUE, ClockState.AT_RISK,
                        ClockState.ON_TRACK), s -> messages.of("state", s), filter.states()),
                choices("filter-objective", "filter.objective", model.objectiveChoices(), o -> o,
                        filter.objectives()),
                choices("filter-office", "filter.office", FXCollections.observableArrayList(Office.values()), o -> messages.of("office", o),
                        filter.offices()));
    }

    /** A multi-choice box whose checked items are mirrored into the filter's set. */
    private <T> CheckComboBox<T> choices(String id, String titleKey, ObservableList<T> items, Function<T, String> text,
            ObservableSet<T> target) {
        CheckComboBox<T> box = new CheckComboBox<>(items);
        box.setId(id);
        box.setTitle(messages.get(titleKey));
        box.setShowCheckedCount(true);
        box.setTooltip(new Tooltip(messages.get(titleKey)));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        });
        ObservableList<T> checked = box.getCheckModel().getCheckedItems();
        checked.addListener((ListChangeListener<T>) change -> {
            target.retainAll(checked);
            target.addAll(checked);
        });
        return box;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
