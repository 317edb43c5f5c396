package be.inasti.missiondesk.ui.coordination;

import be.inasti.missiondesk.ui.common.Messages;
import be.inasti.missiondesk.ui.common.Shortcut;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** The main window's "Coordination" menu: one item (and shortcut) per coordinator screen. */
public final class CoordinationMenu extends Menu {

    public CoordinationMenu(Messages messages, Consumer<CoordinationScreen> open) {
        super(messages.get("menu.coordination"));
        setId("menu-coordination");
        for (CoordinationScreen screen : CoordinationScreen.values()) {
            MenuItem item = new MenuItem(messages.of("coordination", screen));
            item.setId("menu-coordination-" + screen.id());
            item.setAccelerator(Shortcut.of(screen.accelerator(), messages));
            item.setOnAction(e -> open.accept(screen));
            getItems().add(item);
        }
    }
}
