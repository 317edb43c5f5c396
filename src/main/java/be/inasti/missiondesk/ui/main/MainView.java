package be.inasti.missiondesk.ui.main;

import be.inasti.missiondesk.ui.Messages;
import be.inasti.missiondesk.ui.queue.QueueView;
import be.inasti.missiondesk.ui.queue.QueueViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The main window's layout: menu bar, the queue, and a status bar with the database in use. */
public final class MainView extends BorderPane {

    public MainView(MainViewModel model, QueueViewModel queue, Messages messages) {
        getStyleClass().add("main");
        setTop(menuBar(model, queue, messages));
        setCenter(new QueueView(queue, messages));
        Label database = new Label();
        database.setId("status-database");
        database.textProperty().bind(model.databaseTextProperty());
        HBox status = new HBox(16, database);
        status.getStyleClass().add("status-bar");
        setBottom(status);
    }

    private static MenuBar menuBar(MainViewModel model, QueueViewModel queue, Messages messages) {
        MenuItem refresh = new MenuItem(messages.get("menu.refresh"));
        refresh.setId("menu-refresh");
        refresh.setAccelerator(KeyCombination.keyCombination("F5"));
        refresh.setOnAction(e -> queue.refresh(() -> { }));
        MenuItem quit = new MenuItem(messages.get("menu.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> model.quit());
        Menu file = new Menu(messages.get("menu.file"), null, refresh, quit);
        return new MenuBar(file);
    }
}
