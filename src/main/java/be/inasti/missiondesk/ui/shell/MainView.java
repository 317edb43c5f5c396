package be.inasti.missiondesk.ui.shell;

import be.inasti.missiondesk.app.QueueItem;
import be.inasti.missiondesk.ui.common.FileDrop;
import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.Shortcut;
import be.inasti.missiondesk.ui.coordination.CoordinationMenu;
import be.inasti.missiondesk.ui.detail.DetailView;
import be.inasti.missiondesk.ui.detail.DetailViewModel;
import be.inasti.missiondesk.ui.firststart.FirstStartView;
import be.inasti.missiondesk.ui.firststart.FirstStartViewModel;
import be.inasti.missiondesk.ui.queue.QueueView;
import be.inasti.missiondesk.ui.queue.QueueViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import javafx.scene.layout.StackPane;

/** The main window's layout: menu bar, the queue with the opened mission beside it, and the status bar. */
public final class MainView extends BorderPane {
    private final MainViewModel model;
    private final QueueViewModel queue;
    private final DetailViewModel detail;
    private final Messages messages;
    private final QueueView queueView;

    public MainView(MainViewModel model, QueueViewModel queue, DetailViewModel detail, FirstStartViewModel first,
            Messages messages) {
        this.model = model;
        this.queue = queue;
        this.detail = detail;
        this.messages = messages;
        this.queueView = new QueueView(queue, messages);
        getStyleClass().add("main");
        setTop(new MenuBar(fileMenu(), missionMenu(), syncMenu(), viewMenu(),
                new CoordinationMenu(messages, model::openCoordination)));
        setCenter(new StackPane(split(), new FirstStartView(first, messages)));
        setBottom(statusBar());
        FileDrop.accept(this, this::drop);
    }

    /**
     * Where files dropped on the window arrive; the view model decides by extension. Public because TestFX cannot
     * drag files from the desktop in headless mode: the window's tests call it with the paths a drop would carry.
     */
    public boolean drop(List<Path> files) {
        return model.dropped(files);
    }

    private SplitPane split() {
        SplitPane split = new SplitPane(queueView);
        DetailView detailView = new DetailView(detail, messages, detail::close);
        detail.openProperty().addListener((o, was, open) -> {
            if (open && !split.getItems().contains(detailView)) {
                split.getItems().add(detailView);
                split.setDividerPositions(0.58);
            } else if (!open) {
                split.getItems().remove(detailView);
                queueView.focusTable();
            }
        });
        return split;
    }

    private Menu fileMenu() {
        return new Menu(messages.get("menu.file"), null,
                item("menu-new", "menu.new", "Shortcut+N", e -> model.newMission()),
                item("menu-import-flow", "menu.importFlow", "Shortcut+I", e -> model.importFlowFile()),
                item("menu-profile", "menu.profile", "Shortcut+Comma", e -> model.editProfile()),
                item("menu-refresh", "menu.refresh", "F5", e -> {
                    queue.refresh();
                    model.refreshStatus();
                }),
                item("menu-quit", "menu.quit", "Shortcut+Q", e -> model.quit()));
    }

    private Menu missionMenu() {
        return new Menu(messages.get("menu.mission"), null,
                item("menu-search", "menu.search", "Shortcut+F", e -> queueView.focusSearch()),
                item("menu-open", "menu.open", null, e -> queue.open(queueView.selected())),
                item("menu-close", "menu.close", "Esc", e -> detail.close()));
    }

    private Menu syncMenu() {
        return new Menu(messages.get("menu.sync"), null,
                item("menu-sync-open", "menu.syncOpen", "Shortcut+Shift+S", e -> model.openSync()),
                item("menu-sync-import", "menu.syncImport", "Shortcut+Shift+I", e -> model.importBatchFile()));
    }

    private Menu viewMenu() {
        CheckMenuItem mine = new CheckMenuItem(messages.get("menu.mine"));
        mine.setId("menu-mine");
        mine.setAccelerator(Shortcut.of("Shortcut+M", messages));
        mine.selectedProperty().bindBidirectional(queue.filter().mineOnly());
        CheckMenuItem dark = new CheckMenuItem(messages.get("menu.dark"));
        dark.setId("menu-dark");
        dark.setAccelerator(Shortcut.of("Shortcut+Shift+D", messages));
        dark.setSelected(model.themeProperty().get() == Theme.DARK);
        dark.setOnAction(e -> model.chooseTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        return new Menu(messages.get("menu.view"), null, mine, dark, sortMenu(), languageMenu());
    }

    /** Sorting from the keyboard: Ctrl+Shift+1… sorts by the table's columns in order, Ctrl+Shift+0 by urgency. */
    private Menu sortMenu() {
        Menu menu = new Menu(messages.get("menu.sortBy"));
        menu.setId("menu-sort");
        menu.getItems().add(item("menu-sort-urgency", "menu.sortUrgency", "Shortcut+Shift+0",
                e -> queueView.sortBy(null)));
        List<TableColumn<QueueItem, ?>> columns = queueView.table().getColumns();
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<QueueItem, ?> column = columns.get(i);
            MenuItem item = new MenuItem(column.getText());
            item.setId("menu-sort-" + (i + 1));
            item.setAccelerator(Shortcut.of("Shortcut+Shift+" + (i + 1), messages));
            item.setOnAction(e -> queueView.sortBy(column));
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu languageMenu() {
        Menu menu = new Menu(messages.get("menu.language"));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Locale language : Messages.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(messages.get("language." + language.getLanguage()));
            item.setId("menu-language-" + language.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(language.equals(model.language()));
            item.setOnAction(e -> model.chooseLanguage(language));
            menu.getItems().add(item);
        }
        return menu;
    }

    private MenuItem item(String id, String key, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(Shortcut.of(accelerator, messages));
        }
        item.setOnAction(action);
        return item;
    }

    /** Who works here, or that no one said so yet: a click (or Ctrl+,) opens the profile. */
    private Hyperlink profileLink() {
        Hyperlink link = new Hyperlink();
        link.setId("status-profile");
        link.textProperty().bind(model.statusBar().profile());
        link.setOnAction(e -> model.editProfile());
        link.setFocusTraversable(false);
        link.setMinWidth(Region.USE_PREF_SIZE); // the other texts give way: this one says what to do
        return link;
    }

    /**
     * The counts and dates keep their width; the database's name (its whole location in its tooltip) and an error
     * give way when the bar is full, whole in their tooltip.
     */
    private HBox statusBar() {
        Label database = givingWay(label("status-database", model.statusBar().database()),
                model.statusBar().databaseLocation());
        database.setGraphic(new FontIcon(MaterialDesignD.DATABASE));  // the word is in the tooltip: room for the name
        database.accessibleTextProperty().bind(model.statusBar().databaseLocation());
        HBox status = new HBox(24, database,
                label("status-pending", model.statusBar().pending()),
                label("status-export", model.statusBar().lastExport()),
                label("status-import", model.statusBar().lastImport()), profileLink(),
                givingWay(label("status-error", model.work().errorProperty()), model.work().errorProperty()));
        status.getStyleClass().add("status-bar");
        return status;
    }

    /** A text that shrinks first when the bar is full, {@code whole} in its tooltip. */
    private static Label givingWay(Label label, ObservableValue<String> whole) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(whole);
        label.setTooltip(tooltip);
        label.setMinWidth(0);
        return label;
    }

    private static Label label(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
